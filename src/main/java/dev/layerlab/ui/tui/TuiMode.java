package dev.layerlab.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import dev.layerlab.session.SessionState;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Starts the full-screen course on the process's own terminal, and always gives the terminal back. */
public final class TuiMode {

    private TuiMode() {
    }

    /**
     * Runs the course full-screen until the learner quits. The terminal is restored on return, on an
     * exception, on Ctrl-C (a key here: it quits) and on SIGTERM (a shutdown hook stops the screen).
     *
     * @param env the environment, for {@code NO_COLOR} and the locale
     * @return the exit code
     */
    public static int run(Session session, CommandRunner runner, Map<String, String> env) {
        TtyTerminal terminal;
        TerminalScreen screen;
        try {
            terminal = new TtyTerminal();
            screen = new TerminalScreen(terminal);
        } catch (IOException | RuntimeException e) {
            throw new TerminalUnavailableException(String.valueOf(e.getMessage()), e);
        }
        try {
            Thread restore = new Thread(() -> stopQuietly(screen), "layerlab-restore-terminal");
            Runtime.getRuntime().addShutdownHook(restore);
            try {
                terminal.wheelScrolls();
                int exit = new TuiApp(screen, session, runner, new TtyHandover(screen, terminal), Theme.from(env)).run();
                stopQuietly(screen);
                System.out.println("Progress saved. See you next time: layerlab resumes where you left.");
                return exit;
            } finally {
                stopQuietly(screen);
                terminal.wheelRestored();
                terminal.close();
                removeQuietly(restore);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the terminal: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** {@link #run(Session, CommandRunner, Map)} with the process's environment. */
    public static int run(Session session, CommandRunner runner) {
        return run(session, runner, System.getenv());
    }

    /**
     * Draws the course map and the first step of the first lesson on a virtual terminal, touching
     * neither the daemon nor the real terminal: for the class data sharing archive made at install.
     */
    public static void warmUp(Session session) {
        try {
            TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(100, 30)));
            TuiApp app = new TuiApp(screen, session, null, Handover.IN_PLACE, Theme.from(System.getenv()));
            SessionState base = session.state();
            SessionState lesson = session.course().lessons().isEmpty() ? base
                    : new SessionState(session.course().lessons().get(0), 0, List.of(), true, false, 0, false, -1,
                            null, false, base.daemon());
            app.drawSample(lesson);
            decodeSampleKeys();
            KeyMap.onMap(new KeyStroke(KeyType.ArrowDown));
            KeyMap.inLesson(new KeyStroke('n', false, false));
            Class.forName(TtyTerminal.class.getName());
            Class.forName(TtyHandover.class.getName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real terminal's key decoder, on a few keys from a string: loads what reading the keyboard loads. */
    private static void decodeSampleKeys() throws IOException {
        InputDecoder decoder = new InputDecoder(new StringReader("\u001b[A\u001b[6~\u001bOHq\r\u0003"));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        KeyStroke key = decoder.getNextCharacter(false);
        while (key != null && key.getKeyType() != KeyType.EOF) {
            key = decoder.getNextCharacter(false);
        }
    }

    private static void stopQuietly(TerminalScreen screen) {
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // Restoring is best effort: the process is on its way out.
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and finds the screen stopped.
        }
    }
}
