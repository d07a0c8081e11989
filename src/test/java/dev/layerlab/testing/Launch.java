package dev.layerlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built layerlab (or any program) as a user would, with input, environment and a time limit. */
public final class Launch {

    /** What a run printed and how it ended. */
    public record Result(int exitCode, String output) {
    }

    private Launch() {
    }

    /** The shaded jar Maven built ({@code -Dlayerlab.jar}, set by Failsafe). */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("layerlab.jar", "target/layerlab.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("no layerlab jar at " + jar + " — run through 'mvn verify', which packages it first");
        }
        return jar;
    }

    /** The repository's top folder ({@code -Dlayerlab.repo}, set by Failsafe). */
    public static Path repo() {
        return Path.of(System.getProperty("layerlab.repo", "")).toAbsolutePath();
    }

    /** {@code java -jar layerlab.jar ARGS} with standard input and extra environment. */
    public static Result layerlab(String input, Map<String, String> env, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(command, input, env, timeout);
    }

    public static Result run(List<String> command, String input, Map<String, String> env, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(repo().toFile());
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream(), output));
            reader.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // It did not read all of its input: what it printed says why.
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                reader.join(2000);
                fail("timed out after " + timeout.toSeconds() + " s: " + command + "\n" + output.toString(StandardCharsets.UTF_8));
            }
            reader.join(5000);
            return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("could not start " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // The process ended.
        }
    }
}
