package dev.layerlab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.check.CheckDefinition;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckFilesTest {

    @TempDir
    Path lessons;

    private Course loadChecks(String fixture) {
        return new CourseLoader(FakePrimitives.all()).load(lessons, List.of(Fixtures.resource("checks-bad/" + fixture)));
    }

    private static void assertOnlyProblem(Course course, String file, int line, int column, String fragment) {
        assertEquals(1, course.problems().size(), () -> "problems: " + course.problems());
        Problem problem = course.problems().get(0);
        assertEquals(file, Path.of(problem.file()).getFileName().toString());
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::toString);
        assertTrue(problem.message().contains(fragment), problem::toString);
    }

    @Test
    void mapsAGoodCheckFile() {
        Course course = new CourseLoader(FakePrimitives.all()).load(lessons, List.of(Fixtures.resource("checks")));

        assertEquals(List.of(), course.problems());
        assertEquals(List.of("image-present", "no-containers-from", "container-running", "container-exists", "daemon-up"),
                course.checks().all().stream().map(CheckDefinition::name).toList());
        CheckDefinition running = course.checks().find("container-running").orElseThrow();
        assertEquals("A container with this name exists and is running.", running.description());
        assertEquals(List.of(ParamSpec.required("name", ParamType.STRING, "The container name"),
                ParamSpec.optional("port", ParamType.INT, null, "A port it publishes")), running.params());
        assertEquals("container", running.primitive());
        assertEquals(Map.of("name", "{name}", "state", "running", "port", "{port}"), running.with());
        assertEquals("container \"{name}\" is running", running.title());
        assertEquals("{observed}", running.failure(), "the default failure message");
        assertEquals("", running.hint(), "the default hint");
        assertTrue(running.source().endsWith("basic.yaml:19"), running.source());

        CheckDefinition exists = course.checks().find("container-exists").orElseThrow();
        assertEquals(List.of(ParamSpec.required("name", ParamType.STRING, "text"),
                ParamSpec.optional("id_not", ParamType.STRING, "", "An ID it must not have")), exists.params(),
                "a param with nothing under it is a required string; a default makes it optional");
        assertEquals("expected none, {observed}", course.checks().find("no-containers-from").orElseThrow().failure());
        assertEquals(List.of(), course.checks().find("daemon-up").orElseThrow().params());
    }

    @Test
    void unknownPrimitive() {
        Course course = loadChecks("unknown-primitive");
        assertOnlyProblem(course, "checks.yaml", 7, 16, "unknown primitive \"containr\" (did you mean \"container\"?)");
        assertTrue(course.checks().find("broken-check").isEmpty(), "a broken check stays out of the registry");
    }

    @Test
    void withKeyThatThePrimitiveDoesNotTake() {
        Course course = loadChecks("with-key-not-param");
        assertOnlyProblem(course, "checks.yaml", 8, 29, "primitive \"container\" has no parameter \"status\" (did you mean \"state\"?)");
        assertTrue(course.checks().all().isEmpty());
    }

    @Test
    void templateUsingAnUndeclaredParameter() {
        Course course = loadChecks("undeclared-template-param");
        assertOnlyProblem(course, "checks.yaml", 9, 12, "{nme} is not a parameter of check \"broken-check\" (did you mean \"name\"?)");
    }

    @Test
    void duplicateCheckNameAcrossFilesKeepsTheFirst() {
        Course course = loadChecks("duplicate-check-name");
        assertOnlyProblem(course, "b.yaml", 8, 3, "check \"broken-check\" is already defined at ");
        assertTrue(course.problems().get(0).message().endsWith("a.yaml:3"), course.problems().get(0)::message);
        assertEquals("first", course.checks().find("broken-check").orElseThrow().title());
        assertTrue(course.checks().find("other-check").isPresent(), "the good checks of the file still load");
    }

    @Test
    void aLessonUsingABrokenCheckReportsAnUnknownCheck() {
        Course course = new CourseLoader(FakePrimitives.all()).load(Fixtures.resource("lessons-bad/unknown-check-in-broken-file"),
                List.of(Fixtures.resource("checks-bad/unknown-primitive")));

        assertEquals(List.of("checks.yaml:7", "lesson.yaml:8"), course.problems().stream()
                .map(p -> Path.of(p.file()).getFileName() + ":" + p.line()).toList());
        assertTrue(course.problems().get(1).message().startsWith("unknown check \"broken-check\""));
        assertEquals(1, course.broken().size());
    }

    @Test
    void paramSpecProblems() throws IOException {
        Path checks = Files.createDirectory(lessons.resolve("checks"));
        Path lessonsDir = Files.createDirectory(lessons.resolve("lessons"));
        Files.writeString(checks.resolve("x.yaml"), """
                version: 1
                checks:
                  x:
                    description: d
                    params:
                      a: { type: integer }
                      b: { type: int, default: many }
                      c: { required: true, default: "1" }
                    primitive: container-count
                    with: { image: "{a}", count: "{b}" }
                    title: t {c}
                """);
        Course course = new CourseLoader(FakePrimitives.all()).load(lessonsDir, List.of(checks));

        assertEquals(List.of(
                "6:18: `type` must be string, int or bool, found \"integer\"",
                "7:32: default: \"b\" must be a whole number, not \"many\"",
                "8:12: parameter \"c\" has a default, so it is optional: remove `required: true`"),
                course.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList());
        assertTrue(course.checks().all().isEmpty());
    }
}
