package dev.layerlab.ui.tui;

import dev.layerlab.session.CommandRunner;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Lends the real terminal to commands: the screen steps aside, each command runs with the
 * terminal in its usual (cooked) mode, the learner reads the output, and the screen comes back.
 * Called on the UI thread while the input thread is paused.
 */
interface Handover {

    /** Runs the command lines one after the other (stopping at the first that fails); returns the last exit code. */
    int run(List<String> commandLines, CommandRunner runner);

    /** For a virtual terminal: nothing to lend; the commands just run. */
    Handover IN_PLACE = (commandLines, runner) -> inOrder(commandLines, runner::runInteractive);

    /** Runs {@code run} on each line in order, stopping at the first that does not exit 0; returns the last exit code. */
    static int inOrder(List<String> commandLines, ToIntFunction<String> run) {
        int exit = 0;
        for (String line : commandLines) {
            exit = run.applyAsInt(line);
            if (exit != 0) {
                break;
            }
        }
        return exit;
    }
}
