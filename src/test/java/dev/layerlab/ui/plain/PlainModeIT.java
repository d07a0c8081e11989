package dev.layerlab.ui.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.testing.DockerAvailable;
import dev.layerlab.testing.Launch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole lesson through the line mode of the real launcher, with real {@code docker} commands typed
 * at its prompt, against the real daemon; then quitting and coming back resumes where it stopped.
 */
class PlainModeIT {

    private static final String LESSON = "image-vs-container";

    @TempDir
    Path state;

    private Map<String, String> env() {
        return Map.of("XDG_STATE_HOME", state.toString(), "TERM", "dumb", "LANG", "C.UTF-8", "LC_ALL", "");
    }

    private Launch.Result layerlab(String input, String... args) {
        return Launch.layerlab(input, env(), Duration.ofMinutes(3), args);
    }

    private static void docker(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Launch.run(command, "", Map.of(), Duration.ofMinutes(2));
    }

    @AfterEach
    void cleanUp() {
        docker("rm", "-f", "hello-nginx");
    }

    @Test
    void aLearnerGoesThroughLessonOneTypingRealCommands() {
        DockerAvailable.require();
        docker("rm", "-f", "hello-nginx");
        docker("rmi", "nginx");

        Launch.Result first = layerlab(String.join("\n",
                "open " + LESSON,
                "docker pull nginx",
                "next",
                "answer 1",
                "next",
                "quit", ""), "--plain");

        String out = first.output();
        assertEquals(0, first.exitCode(), out);
        assertTrue(out.contains("✗ image \"nginx\" is present locally — no image \"nginx\" is present locally"), out);
        assertTrue(out.contains("$ docker pull nginx"), out);
        assertTrue(out.contains("✓ image \"nginx\" is present locally"), out);
        assertTrue(out.contains("✓ no container has been created from \"nginx\" yet"), out);
        assertTrue(out.contains("— step 3 of 5"), out);

        Launch.Result second = layerlab(String.join("\n",
                "answer 1",
                "next",
                "docker create --name hello-nginx nginx",
                "next",
                "answer 1",
                "next",
                "quit", ""), "--plain");

        String resumed = second.output();
        assertEquals(0, second.exitCode(), resumed);
        assertTrue(resumed.contains("— step 3 of 5"), "resumes at the step where it stopped:\n" + resumed);
        assertTrue(resumed.contains("✓ container \"hello-nginx\" is created but not started"), resumed);
        assertTrue(resumed.contains("Lesson complete"), resumed);

        Launch.Result progress = layerlab("", "progress", "--json");
        assertTrue(progress.output().contains("\"id\": \"" + LESSON + "\"") && progress.output().contains("\"status\": \"done\""),
                progress.output());
    }
}
