package dev.layerlab.ui.plain;

import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Starts the line mode on the process's own terminal (or pipes). */
public final class PlainMode {

    private PlainMode() {
    }

    /** Runs the course in line mode until the learner quits; the terminal is restored on return. */
    public static int run(Session session, CommandRunner runner) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8)
                .name("layerlab").build()) {
            return new PlainUi(terminal, session, runner).run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the terminal: " + e.getMessage(), e);
        }
    }
}
