package dev.layerlab.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real {@code docker} CLI, for daemon tests that set up state the way a learner would. */
final class DockerCli {

    record Result(int code, String out, String err) {
    }

    /** Runs {@code docker ARGS}; throws with docker's own message when it fails. */
    String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Result result = exec(command, Map.of("DOCKER_BUILDKIT", "0"), 120);
        if (result.code() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + result.err().strip());
        }
        return result.out();
    }

    /** Runs {@code docker ARGS} and ignores failure: for cleanup of objects that may not exist. */
    void quietly(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        exec(command, Map.of(), 60);
    }

    static Result exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Result result = exec(command, env, 60);
        if (result.code() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + result.err().strip());
        }
        return result;
    }

    static Result exec(List<String> command, Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        // Output goes to files, not pipes, so that a chatty command (docker push) can never block on a full pipe.
        Path out = Files.createTempFile("lltest-ck-out", ".txt");
        Path err = Files.createTempFile("lltest-ck-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "", "timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
