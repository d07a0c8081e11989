package dev.layerlab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.check.CheckCall;
import dev.layerlab.lesson.BrokenLesson;
import dev.layerlab.lesson.Cleanup;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Quiz;
import dev.layerlab.lesson.Step;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoodCourseTest {

    private final Course course = Fixtures.load("lessons-good");

    @Test
    void loadsEveryLessonInFileOrderWithNoProblems() {
        assertEquals(List.of(), course.problems());
        assertEquals(List.of(), course.broken());
        assertEquals(List.of("first-image", "run-nginx"), course.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of("general", "images-and-containers"), course.tracks());
    }

    @Test
    void mapsEveryLessonField() {
        Lesson lesson = course.lesson("run-nginx").orElseThrow();
        assertEquals("Run a web server", lesson.title());
        assertEquals("images-and-containers", lesson.track());
        assertEquals("Start nginx and publish its port.", lesson.summary());
        assertEquals(List.of("first-image"), lesson.requires());
        assertEquals(List.of("nginx", "nginx:alpine"), lesson.images());
        assertEquals(List.of("run", "predict", "recreate"), lesson.steps().stream().map(Step::id).toList());
        assertEquals(new Cleanup(List.of("web"), List.of(), List.of(), List.of()), lesson.cleanup());
        assertEquals(Fixtures.resource("lessons-good").resolve("02-run-nginx.yaml").toString(), lesson.file());
    }

    @Test
    void mapsEveryStepField() {
        Step run = course.lesson("run-nginx").orElseThrow().steps().get(0);
        assertEquals("Run it", run.title());
        assertEquals("A container is a running instance.\n", run.explain());
        assertEquals("Start a container named `web`.", run.task());
        assertEquals(List.of("docker run -d --name web -p 8080:80 nginx", "docker ps"), run.commands());
        assertEquals(List.of(new CheckCall("container-running", Map.of("name", "web", "port", "8080"))), run.checks());
        assertEquals(Map.of("first_id", "container.web.id", "base", "image.nginx:alpine.id", "from", "container.web.image_id"),
                run.capture());
        assertEquals(List.of("Use -d to detach.", "Name it with --name web."), run.hints());
        assertEquals(List.of("docker run -d --name web -p 8080:80 nginx"), run.solution());
        assertNull(run.quiz());
    }

    @Test
    void keepsCaptureReferencesAndBothQuizKinds() {
        List<Step> steps = course.lesson("run-nginx").orElseThrow().steps();
        Quiz prediction = steps.get(1).quiz();
        assertEquals(new Quiz("Will /test.txt survive `docker rm`?", List.of("Yes", "No"), -1, ""), prediction);
        assertTrue(prediction.isPrediction());
        assertEquals("", steps.get(1).task());

        Step recreate = steps.get(2);
        assertEquals(List.of(new CheckCall("container-exists", Map.of("name", "web", "id_not", "${first_id}"))), recreate.checks());
        assertEquals(List.of("docker rm -f web", "docker run -d --name web nginx"), recreate.solution());
        assertEquals(new Quiz("Which one is read-only?", List.of("the image", "the container", "both"), 0,
                "The container has a writable layer."), recreate.quiz());
    }

    @Test
    void appliesDefaults() {
        Lesson lesson = course.lesson("first-image").orElseThrow();
        assertEquals("general", lesson.track());
        assertEquals(List.of(), lesson.requires());
        assertEquals(Cleanup.NONE, lesson.cleanup());

        Step intro = lesson.steps().get(0);
        assertEquals(new Step("intro", "", "", "Read on.", List.of(), List.of(), Map.of(), List.of(), List.of(), null), intro);

        Step pull = lesson.steps().get(1);
        assertEquals(List.of("docker pull nginx"), pull.commands());
        assertEquals(List.of("Try docker pull."), pull.hints());
        assertEquals(List.of("docker pull nginx"), pull.solution());
        assertEquals(new CheckCall("daemon-up", Map.of()), pull.checks().get(2), "a bare check name has no arguments");
    }

    @Test
    void aBrokenLessonIsLeftOutAndTheOthersLoad() {
        Course mixed = Fixtures.load("lessons-mixed");

        assertEquals(List.of("first-image", "run-nginx"), mixed.lessons().stream().map(Lesson::id).toList());
        assertEquals(1, mixed.broken().size());
        BrokenLesson broken = mixed.broken().get(0);
        assertEquals("sample", broken.id());
        assertEquals("Sample", broken.title());
        assertEquals("02-broken.yaml", Path.of(broken.file()).getFileName().toString());
        assertEquals(1, mixed.problems().size());
        assertEquals(10, mixed.problems().get(0).line());
    }
}
