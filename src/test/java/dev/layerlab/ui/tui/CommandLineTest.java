package dev.layerlab.ui.tui;

import static dev.layerlab.docker.FakeDockerGateway.newContainer;
import static dev.layerlab.docker.FakeDockerGateway.newImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.layerlab.docker.ContainerState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path home;

    @Test
    void typingDockerStartsTheCommandLineAndEnterRunsItThenTheChecks() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.runner.effect = () -> tui.docker.addImage(newImage("nginx:latest"));
            tui.openFirstLesson();
            tui.await("✗ image \"nginx\" is present locally");
            tui.type("docker pull nginx");
            tui.await(s -> s.lines().toList().get(29).equals(" $ docker pull nginx"), "the command line at the bottom");
            tui.press(KeyType.Enter).await("✓ image \"nginx\" is present locally");
            assertEquals(List.of("docker pull nginx"), tui.runner.lines);
        }
    }

    @Test
    void colonFocusesTheLineUpRecallsHistoryEscLeaves() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.type("docker ps").press(KeyType.Enter);
            tui.await(s -> tui.runner.lines.size() == 1, "the command to run");
            tui.type(":").await(s -> s.lines().toList().get(29).equals(" $"), "an empty command line");
            tui.press(KeyType.ArrowUp).await(s -> s.lines().toList().get(29).equals(" $ docker ps"), "the last command");
            tui.type(" -a").await(s -> s.lines().toList().get(29).equals(" $ docker ps -a"), "the edited command");
            tui.press(KeyType.Escape).await(": or type docker");
            tui.type("/").press(KeyType.ArrowUp).press(KeyType.Enter);
            tui.await(s -> tui.runner.lines.size() == 2, "the recalled command to run");
            assertEquals(List.of("docker ps", "docker ps"), tui.runner.lines);
        }
    }

    @Test
    void aPruneThatWouldRemoveTheLearnersObjectsAsksFirst() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.docker.addContainer(newContainer("old-db", "postgres:16", ContainerState.EXITED).exited(1));
            tui.openFirstLesson();
            tui.type("docker container prune -f").press(KeyType.Enter);
            String screen = tui.await("Run it anyway? [y/N]");
            assertTrue(screen.contains("This removes more than the lesson's objects"), screen);
            assertTrue(screen.contains("container prune removes every stopped container"), screen);
            assertTrue(screen.contains("container \"old-db\" (Exited (1))"), screen);
            tui.type("n").awaitGone("Run it anyway?");
            assertEquals(List.of(), tui.runner.lines);
            tui.type(":").press(KeyType.ArrowUp).press(KeyType.Enter).await("Run it anyway?");
            tui.type("y").await(s -> tui.runner.lines.size() == 1, "the prune to run once allowed");
            assertEquals(List.of("docker container prune -f"), tui.runner.lines);
        }
    }

    @Test
    void aPruneThatTouchesNothingOfTheLearnersRunsAtOnce() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.docker.addContainer(newContainer("web", "nginx", ContainerState.EXITED));
            tui.openFirstLesson();
            tui.type("docker container prune -f").press(KeyType.Enter);
            tui.await(s -> tui.runner.lines.size() == 1, "the prune to run: web is the lesson's own");
        }
    }
}
