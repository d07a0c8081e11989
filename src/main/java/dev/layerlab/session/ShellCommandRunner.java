package dev.layerlab.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs command lines with {@code sh -c} (the learner's {@code $SHELL} for interactive ones). While
 * an interactive child runs, the JVM ignores SIGINT so that Ctrl-C reaches only the child; the
 * handler comes back a moment after the child exits, as the terminal may deliver it late.
 */
public final class ShellCommandRunner implements CommandRunner {

    private final String shell;
    private final InterruptGuard interrupts;

    public ShellCommandRunner(String shell, InterruptGuard interrupts) {
        this.shell = shell == null || shell.isBlank() ? "/bin/sh" : shell;
        this.interrupts = interrupts;
    }

    @Override
    public int runInteractive(String commandLine) {
        interrupts.ignore();
        try {
            Process process = new ProcessBuilder(List.of(shell, "-c", commandLine)).inheritIO().start();
            return waitFor(process);
        } catch (IOException e) {
            throw new SessionException("could not start " + shell + ": " + e.getMessage(), "check that $SHELL is a shell");
        } finally {
            interrupts.restoreSoon();
        }
    }

    @Override
    public Outcome runCaptured(String commandLine, Duration timeout) {
        try {
            Process process = new ProcessBuilder(List.of("/bin/sh", "-c", commandLine))
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream(), output), "layerlab-output");
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                reader.join(1000);
                return new Outcome(-1, output.toString(StandardCharsets.UTF_8) + "\n(timed out after " + timeout.toSeconds() + " s)");
            }
            reader.join(5000);
            return new Outcome(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SessionException("could not start /bin/sh: " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted");
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // The child owns the terminal until it exits; keep waiting.
                Thread.interrupted();
            }
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // The process went away; what was read is kept.
        }
    }
}
