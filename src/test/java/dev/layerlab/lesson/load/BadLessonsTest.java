package dev.layerlab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.lesson.BrokenLesson;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One fixture per kind of malformed lesson: each problem at its exact position, and the lesson left out. */
class BadLessonsTest {

    record Expected(String file, int line, int column, String fragment) {
    }

    static Expected at(String file, int line, int column, String fragment) {
        return new Expected(file, line, column, fragment);
    }

    static Stream<Arguments> cases() {
        String l = "lesson.yaml";
        return Stream.of(
                Arguments.of("syntax-error", List.of(at(l, 5, 6, "YAML syntax: expected ',' or ']'"))),
                Arguments.of("tab-indentation", List.of(at(l, 6, 1, "tab character: YAML indents with spaces only"))),
                Arguments.of("duplicate-key", List.of(at(l, 4, 1, "duplicate key \"title\" in the lesson (first at line 3)"))),
                Arguments.of("unknown-top-level-key", List.of(at(l, 4, 1, "unknown key \"sumary\" in the lesson (did you mean \"summary\"?)"))),
                Arguments.of("unknown-step-key", List.of(at(l, 10, 5, "unknown key \"hint\" in step \"pull\" (did you mean \"hints\"?)"))),
                Arguments.of("missing-id", List.of(at(l, 1, 1, "the lesson needs `id`"))),
                Arguments.of("missing-title", List.of(at(l, 1, 1, "the lesson needs `title`"))),
                Arguments.of("missing-steps", List.of(at(l, 1, 1, "the lesson needs `steps`"))),
                Arguments.of("empty-steps", List.of(at(l, 4, 8, "`steps` must be a list of at least one step, found an empty list"))),
                Arguments.of("requires-wrong-type", List.of(at(l, 4, 11, "`requires` must be a list of lesson ids, found a number"))),
                Arguments.of("bad-id-chars", List.of(at(l, 2, 5, "lesson id \"Run_Nginx\" may only use a-z, 0-9 and -, and must start with a letter or digit (try \"run-nginx\")"))),
                Arguments.of("duplicate-step-id", List.of(at(l, 10, 9, "duplicate step id \"pull\" (first at line 5)"))),
                Arguments.of("unknown-check-name", List.of(at(l, 8, 9, "unknown check \"image-presnt\" (did you mean \"image-present\"?)"))),
                Arguments.of("missing-check-param", List.of(at(l, 8, 9, "check \"image-present\" needs parameter \"ref\""))),
                Arguments.of("unknown-check-param", List.of(at(l, 8, 38, "check \"image-present\" has no parameter \"tag\""))),
                Arguments.of("bad-int-param", List.of(at(l, 8, 47, "\"port\" must be a whole number, not \"eighty\""))),
                Arguments.of("capture-before-defined", List.of(at(l, 8, 48, "\"${first_id}\" is not captured by an earlier step"))),
                Arguments.of("malformed-capture", List.of(at(l, 11, 17, "\"container.web\" is not one of container.NAME.id"))),
                Arguments.of("quiz-answer-out-of-range", List.of(at(l, 9, 15, "`answer` must be the number of the right choice, 1 to 2, found 3"))),
                Arguments.of("quiz-one-choice", List.of(at(l, 8, 16, "a quiz has 2 to 6 `choices`, found 1"))),
                Arguments.of("checks-without-solution", List.of(at(l, 7, 5, "step \"pull\" has checks but no `solution`"))),
                Arguments.of("step-without-task", List.of(at(l, 5, 5, "step \"read\" needs a `task`"))),
                Arguments.of("step-not-a-map", List.of(at(l, 5, 5, "step 1 must be a map of keys, found text"))),
                Arguments.of("scalar-where-map", List.of(at(l, 10, 10, "`cleanup` must be a map of keys, found text"))),
                Arguments.of("check-params-not-indented", List.of(at(l, 8, 9, "a check is one name with its parameters, found 2 keys"))),
                Arguments.of("unknown-requires", List.of(at("02-second.yaml", 4, 12,
                        "requires \"first-imag\", but no lesson has that id (did you mean \"first-image\"?)"))),
                Arguments.of("requires-cycle", List.of(at("01-a.yaml", 4, 12, "`requires` makes a cycle: a → b → a"),
                        at("02-b.yaml", 5, 5, "`requires` makes a cycle: b → a → b"))),
                Arguments.of("duplicate-lesson-id", List.of(at("01-one.yaml", 2, 5, "lesson id \"sample\" is also used by 02-two.yaml"),
                        at("02-two.yaml", 3, 5, "lesson id \"sample\" is also used by 01-one.yaml"))),
                Arguments.of("version-missing", List.of(at(l, 1, 1, "missing `version: 1`"))),
                Arguments.of("version-2", List.of(at(l, 1, 10, "written for a newer layerlab (format version 2); upgrade layerlab"))),
                Arguments.of("empty-file", List.of(at(l, 0, 0, "the file is empty"))),
                Arguments.of("top-level-list", List.of(at(l, 1, 1, "the lesson must be a map of keys, found a list"))),
                Arguments.of("java-tag", List.of(at(l, 3, 8, "tag !!java.io.File is not allowed"))),
                Arguments.of("local-tag", List.of(at(l, 4, 10, "tag !shell is not allowed"))),
                Arguments.of("unknown-check-in-broken-file", List.of(at(l, 8, 9, "unknown check \"broken-check\""))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEachProblemAtItsPosition(String fixture, List<Expected> expected) {
        Course course = Fixtures.load("lessons-bad/" + fixture);

        List<Problem> problems = course.problems();
        assertEquals(expected.size(), problems.size(), () -> "problems: " + problems);
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            Problem got = problems.get(i);
            assertEquals(want.file(), Path.of(got.file()).getFileName().toString(), got::toString);
            assertEquals(want.line() + ":" + want.column(), got.line() + ":" + got.column(), got::toString);
            assertTrue(got.message().contains(want.fragment()), () -> "message was: " + got.message());
        }
        List<String> brokenFiles = course.broken().stream().map(b -> Path.of(b.file()).getFileName().toString()).toList();
        expected.forEach(want -> assertTrue(brokenFiles.contains(want.file()), () -> want.file() + " not broken: " + brokenFiles));
        for (BrokenLesson broken : course.broken()) {
            assertTrue(course.lesson(broken.id()).isEmpty(), "a broken lesson is not also loaded");
            assertEquals(problems.stream().filter(p -> p.file().equals(broken.file())).toList(), broken.problems());
        }
    }
}
