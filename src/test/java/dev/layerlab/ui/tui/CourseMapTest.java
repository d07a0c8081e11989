package dev.layerlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseMapTest {

    @TempDir
    Path home;

    @Test
    void showsTracksLessonsProgressTheNextOneAndTheBrokenOneWithItsMessage() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            String screen = tui.await("Docker 20.10.24");
            
            assertTrue(screen.contains("layerlab │ Course map"), screen);
            assertTrue(screen.contains("basics"), screen);
            assertTrue(screen.lines().anyMatch(l -> l.contains("▶") && l.contains("pull-it") && l.contains("░░░░░░░░░░")
                    && l.contains("0/4") && l.contains("Pull an image") && l.contains("(next)")), screen);
            assertTrue(screen.lines().anyMatch(l -> l.contains("second") && l.contains("0/1")), screen);
            assertTrue(screen.contains("Broken lessons"), screen);
            assertTrue(screen.lines().anyMatch(l -> l.contains("broken-one") && l.contains("broken")), screen);
            assertTrue(screen.contains("03-broken.yaml:") && screen.contains("no-such-check"), screen);
            assertTrue(screen.contains("unix:///var/run/docker.sock (context default)"), screen);
        }
    }

    @Test
    void progressBarsFollowDoneStepsAndEnterResumesWhereTheLearnerLeft() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.docker.addImage(dev.layerlab.docker.FakeDockerGateway.newImage("nginx:latest"));
            tui.openFirstLesson();
            tui.await("Step done");
            tui.type("n").await("step 2 of 4");
            tui.type("l");
            String screen = tui.await("Course map");
            assertTrue(screen.lines().anyMatch(l -> l.contains("pull-it") && l.contains("███░░░░░░░") && l.contains("1/4")
                    && l.contains("(in progress)")), screen);
            tui.press(KeyType.Enter).await("step 2 of 4: Predict");
        }
    }

    @Test
    void theBrokenLessonDoesNotOpenAndSaysWhy() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.await("Course map");
            tui.press(KeyType.End).press(KeyType.Enter);
            String screen = tui.await("\"broken-one\" is broken");
            assertTrue(screen.contains("layerlab │ Course map"), screen);
        }
    }

    @Test
    void qQuitsWithExitCodeZero() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.await("Course map");
            tui.type("q");
            assertEquals(0, tui.awaitExit());
        }
    }
}
