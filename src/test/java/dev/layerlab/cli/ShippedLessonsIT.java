package dev.layerlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.testing.DockerAvailable;
import dev.layerlab.testing.Launch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson lifecycle test of DESIGN.md §6: {@code layerlab test lessons/} on the real daemon proves
 * every step of every shipped lesson fails before its solution, passes after it, and leaves nothing
 * behind after cleanup.
 */
class ShippedLessonsIT {

    @TempDir
    Path state;

    @Test
    void everyShippedLessonPassesItsLifecycleTest() {
        DockerAvailable.require();

        Launch.Result result = Launch.layerlab("", Map.of("XDG_STATE_HOME", state.toString()), Duration.ofMinutes(10),
                "test", "lessons");

        System.out.println(result.output());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().matches("(?s).*\\d+ lessons passed, 0 failed.*"), result.output());
        assertTrue(result.output().contains("PASS image-vs-container"), result.output());
        assertTrue(result.output().contains("PASS run-nginx"), result.output());
        assertTrue(result.output().contains("PASS writable-layer"), result.output());
    }

    @Test
    void theShippedLessonsAndChecksLintClean() {
        Launch.Result result = Launch.layerlab("", Map.of("XDG_STATE_HOME", state.toString()), Duration.ofMinutes(1),
                "lint", "lessons");

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("no problems"), result.output());
    }
}
