package dev.layerlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * A detached tmux session on a private server ({@code tmux -L NAME}), so that a test or a bench can
 * run a program on a real terminal with no terminal of its own (CI): keys go in with
 * {@code send-keys}, the screen comes out with {@code capture-pane}. {@link #close()} kills the
 * private server, and with it everything that still runs in the pane.
 */
public final class Tmux implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final String socket;
    private final Map<String, String> env;
    private String socketPath;

    private Tmux(String socket, Map<String, String> env) {
        this.socket = socket;
        this.env = env;
    }

    /**
     * Returns true when {@code tmux} runs; otherwise aborts (skips) the calling test loudly, or fails
     * it when {@code -Dlayerlab.requireDocker=true} (CI, where the lab installs tmux).
     */
    public static boolean require() {
        String problem = null;
        try {
            Process version = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            String output = read(version.getInputStream());
            if (!version.waitFor(10, TimeUnit.SECONDS) || version.exitValue() != 0) {
                problem = "'tmux -V' failed: " + output.strip();
            }
        } catch (IOException e) {
            problem = "tmux is not installed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem == null) {
            return true;
        }
        boolean required = Boolean.parseBoolean(System.getProperty("layerlab.requireDocker", "false"));
        String message = "NO TMUX: " + problem + "; end-to-end terminal tests "
                + (required ? "FAIL because -Dlayerlab.requireDocker=true. Install tmux (src/test/lab/up.sh does)."
                        : "are SKIPPED. Install tmux; -Dlayerlab.requireDocker=true makes this a failure.");
        System.err.println("*** " + message);
        if (required) {
            fail(message);
        }
        Assumptions.abort(message);
        return false;
    }

    /**
     * Starts a private tmux server with one detached session running {@code command} (a
     * {@code /bin/sh -c} line) in a pane of {@code columns} x {@code rows}, in {@code dir}.
     *
     * @param env the whole environment of the server and so of the pane (TERM is tmux's own)
     */
    public static Tmux start(String prefix, Map<String, String> env, Path dir, int columns, int rows, String command) {
        Map<String, String> clean = new HashMap<>(env);
        clean.remove("TMUX");
        clean.remove("TMUX_PANE");
        clean.put("SHELL", "/bin/sh");
        Tmux tmux = new Tmux(prefix + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet(), Map.copyOf(clean));
        tmux.tmux("-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", String.valueOf(columns),
                "-y", String.valueOf(rows), "-c", dir.toString(), command);
        tmux.socketPath = tmux.tmux("display-message", "-p", "-t", "main", "#{socket_path}").strip();
        return tmux;
    }

    /** Keys by tmux name ({@code Enter}, {@code C-c}, {@code q}). */
    public void keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "main"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Text typed as it is, character by character (no key names). */
    public void type(String text) {
        tmux("send-keys", "-t", "main", "-l", text);
    }

    /** What the pane shows now, one line per row. */
    public String screen() {
        return tmux("capture-pane", "-p", "-t", "main");
    }

    /**
     * Polls the pane every 50 ms until {@code condition} holds; fails with the pane's text when it
     * does not within {@code timeout}.
     */
    public String await(Predicate<String> condition, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                fail("waited " + timeout.toMillis() + " ms for " + what + "; the pane:\n" + frame(screen));
            }
            sleep(50);
            screen = screen();
        }
        return screen;
    }

    /** Waits until the pane shows {@code text}. */
    public String await(String text, Duration timeout) {
        return await(s -> s.contains(text), "\"" + text + "\"", timeout);
    }

    /** The pane's text between rules, for failure messages. */
    public static String frame(String screen) {
        return "----------\n" + screen.stripTrailing() + "\n----------";
    }

    /** Kills the private server and everything still running in it, and removes its socket file. */
    @Override
    public void close() {
        try {
            run(List.of("tmux", "-L", socket, "kill-server"));
        } catch (AssertionError e) {
            // Already gone (the pane's program ended and the server with it).
        }
        if (socketPath != null && !socketPath.isEmpty()) {
            try {
                Files.deleteIfExists(Path.of(socketPath));
            } catch (IOException e) {
                // Only a leftover file in tmux's own directory.
            }
        }
    }

    private String tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        command.addAll(List.of(args));
        return run(command);
    }

    private String run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = read(process.getInputStream());
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("tmux did not answer within " + COMMAND_TIMEOUT.toSeconds() + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("tmux failed (exit " + process.exitValue() + "): " + command + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
