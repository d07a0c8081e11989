package dev.layerlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.layerlab.session.CommandRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lends the real terminal: leaves the alternate screen, puts the terminal back in cooked mode,
 * runs the commands with it (the runner keeps Ctrl-C for the child), waits for a key so the
 * learner can read the output, then takes the terminal back and repaints the screen as it was.
 */
final class TtyHandover implements Handover {

    private final TerminalScreen screen;
    private final TtyTerminal terminal;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    TtyHandover(TerminalScreen screen, TtyTerminal terminal) {
        this.screen = screen;
        this.terminal = terminal;
    }

    @Override
    public int run(List<String> commandLines, CommandRunner runner) {
        try {
            screen.stopScreen(false);
            terminal.cooked();
            int exit;
            try {
                exit = Handover.inOrder(commandLines, line -> {
                    out.println("$ " + line);
                    int code = runner.runInteractive(line);
                    if (code != 0) {
                        out.println("(exit code " + code + ")");
                    }
                    return code;
                });
            } finally {
                terminal.raw();
                out.print("\n[press any key to go back to layerlab]");
                out.flush();
                awaitKey();
                out.print("\r\n");
                screen.startScreen();
                screen.refresh(Screen.RefreshType.COMPLETE);
            }
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException("the terminal could not be handed over: " + e.getMessage(), e);
        }
    }

    private void awaitKey() throws IOException {
        KeyStroke key = terminal.readInput();
        while (key != null && key.getKeyType() == KeyType.CursorLocation) {
            key = terminal.readInput();
        }
    }
}
