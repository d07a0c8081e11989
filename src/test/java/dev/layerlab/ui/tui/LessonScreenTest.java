package dev.layerlab.ui.tui;

import static dev.layerlab.docker.FakeDockerGateway.newContainer;
import static dev.layerlab.docker.FakeDockerGateway.newImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.DaemonEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonScreenTest {

    @TempDir
    Path home;

    private static final String IMAGE_CHECK = "image \"nginx\" is present locally";

    @Test
    void showsTheExplanationTheTaskTheCommandAndTheChecklist() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            String screen = tui.await("✗ " + IMAGE_CHECK);
            assertTrue(screen.contains("Pull an image │ step 1 of 4: Get the image"), screen);
            assertTrue(screen.contains("Images come from a registry"), screen);
            assertTrue(screen.contains("An image is a read-only template; docker pull downloads it."), screen);
            assertTrue(screen.contains("│ Word  │ Meaning  │") || screen.contains("Word"), screen);
            assertTrue(screen.contains("  $ docker pull nginx"), screen);
            assertTrue(screen.contains("Task: Pull the nginx image."), screen);
            assertTrue(screen.lines().anyMatch(l -> l.contains("$ docker pull nginx") && !l.contains("│")), screen);
            assertTrue(screen.contains("Checks"), screen);
            assertTrue(screen.lines().anyMatch(l -> l.contains("✗ " + IMAGE_CHECK + " — ")), screen);
            assertTrue(screen.contains("✓ no container from \"nginx\"") || screen.contains("no container"), screen);
        }
    }

    @Test
    void aDaemonEventTurnsTheCheckGreenAndEnterGoesOnOnlyThen() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.await("✗ " + IMAGE_CHECK);
            tui.press(KeyType.Enter).await("Not done yet");
            assertTrue(tui.screen().contains("step 1 of 4"));

            tui.docker.addImage(newImage("nginx:latest"));
            tui.docker.fireEvent(new DaemonEvent("image", "pull", "nginx:latest", Map.of()));
            String screen = tui.await("✓ " + IMAGE_CHECK);
            assertTrue(tui.await("Step done. Enter: next step").contains("step 1 of 4"), "never skips ahead by itself");
            tui.press(KeyType.Enter).await("step 2 of 4: Predict");
            assertFalse(screen.contains("✗ " + IMAGE_CHECK), screen);
        }
    }

    @Test
    void showsThatChecksAreRunning() throws Exception {
        GatedGateway[] gated = new GatedGateway[1];
        try (TuiHarness tui = new TuiHarness(home, new Theme(true, true), new TerminalSize(100, 30),
                fake -> gated[0] = new GatedGateway(fake))) {
            tui.await("Course map");
            tui.press(KeyType.Enter);
            tui.await("checking…");
            gated[0].open();
            tui.await("✗ " + IMAGE_CHECK);
            tui.awaitGone("checking…");
        }
    }

    @Test
    void aQuizIsAnsweredWithANumberKeyAndAPredictionShowsInTheNextStep() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.type("n").await("step 2 of 4: Predict");
            tui.await("[3] One per layer");
            tui.type("2").await("Your prediction is saved");
            tui.press(KeyType.Enter).await("step 3 of 4: A question");
            tui.await("You predicted: One");
            tui.type("7").await("There is no choice 7");
            tui.type("2");
            String screen = tui.await("Not quite: the answer is 1.");
            assertTrue(screen.contains("▶ [2] the container"), screen);
            tui.type("1").await("✓ Right. The container has a writable layer.");
        }
    }

    @Test
    void hintsComeOneAtATime() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.type("h").await("Hint 1: Use docker pull.");
            assertFalse(tui.screen().contains("Hint 2"));
            tui.type("h").await("Hint 2: Run: docker pull nginx");
            tui.type("h").await("No more hints");
        }
    }

    @Test
    void theSolutionIsShownAfterAskingAndRunsAfterAskingAgain() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.runner.effect = () -> tui.docker.addImage(newImage("nginx:latest"));
            tui.openFirstLesson();
            tui.type("s").await("Show the solution? [y/N]");
            tui.type("n").awaitGone("Show the solution?");
            assertFalse(tui.screen().contains("Solution:"));
            tui.type("s").await("Show the solution?");
            tui.type("y").await("Run it now? [y/N]");
            assertTrue(tui.screen().contains("Solution:"));
            tui.type("y").await("✓ " + IMAGE_CHECK);
            assertEquals(List.of("docker pull nginx"), tui.runner.lines);
        }
    }

    @Test
    void resetListsWhatItRemovesAndAsksFirst() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.docker.addContainer(newContainer("web", "nginx", ContainerState.RUNNING));
            tui.docker.addContainer(newContainer("mine", "nginx", ContainerState.RUNNING));
            tui.openFirstLesson();
            tui.type("r");
            String screen = tui.await("Reset the lesson? [y/N]");
            assertTrue(screen.contains("│   container \"web\""), screen);
            assertFalse(screen.lines().anyMatch(l -> l.contains("│") && l.contains("\"mine\"") && !l.contains("found 2")), screen);
            tui.press(KeyType.Escape).awaitGone("Reset the lesson?");
            assertEquals(List.of(), tui.docker.removals());
            tui.type("r").await("Reset the lesson?");
            tui.type("y").await("Lesson reset; removed container \"web\"");
            assertEquals(List.of("container web"), tui.docker.removals());
        }
    }

    @Test
    void arrowsAndPagesScrollTheExplanation() throws Exception {
        try (TuiHarness tui = new TuiHarness(home, new Theme(true, true), new TerminalSize(70, 18))) {
            tui.openFirstLesson();
            String top = tui.await("more: Down/PgDn");
            assertTrue(top.contains("Images come from a registry"), top);
            tui.press(KeyType.End);
            String bottom = tui.awaitGone("more: Down/PgDn");
            assertFalse(bottom.contains("Images come from a registry"), bottom);
            assertTrue(bottom.contains("100%"), bottom);
            tui.press(KeyType.Home).await("Images come from a registry");
            tui.press(KeyType.ArrowDown).awaitGone("Images come from a registry");
            tui.press(KeyType.ArrowUp).await("Images come from a registry");
        }
    }
}
