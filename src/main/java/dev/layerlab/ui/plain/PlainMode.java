package dev.layerlab.ui.plain;

import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Starts the line mode on the process's own terminal (or pipes). */
public final class PlainMode {

    private PlainMode() {
    }

    /** Runs the course in line mode until the learner quits; the terminal is restored on return. */
    public static int run(Session session, CommandRunner runner, Map<String, String> env) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8)
                .name("layerlab").build()) {
            return new PlainUi(terminal, session, runner, unicode(env)).run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * Whether ✓, ✗ and rules can be shown: the first of {@code LC_ALL}, {@code LC_CTYPE},
     * {@code LANG} that is set must name UTF-8 (the terminal's encoding is forced to UTF-8, so it
     * cannot tell). Screen readers and dumb terminals under {@code LANG=C} get ASCII.
     */
    static boolean unicode(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }
}
