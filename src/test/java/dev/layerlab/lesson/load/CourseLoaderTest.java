package dev.layerlab.lesson.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseLoaderTest {

    @TempDir
    Path dir;

    private final CourseLoader loader = new CourseLoader(FakePrimitives.all());

    @Test
    void aMissingLessonsFolderIsATypedOneLineError() {
        Path missing = dir.resolve("nowhere");
        LessonDirectoryException e = assertThrows(LessonDirectoryException.class, () -> loader.load(missing, List.of()));
        assertEquals("no lessons folder at " + missing + " — pass --lessons DIR or run from the layerlab folder", e.getMessage());
    }

    @Test
    void missingCheckFoldersAreFineAndOnlyYamlFilesAreRead() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a lesson");
        Files.createDirectory(dir.resolve("folder.yaml"));
        Course course = loader.load(dir, List.of(dir.resolve("no-checks-here")));
        assertEquals(List.of(), course.problems());
        assertEquals(List.of(), course.lessons());
        assertTrue(course.checks().all().isEmpty());
    }

    @Test
    void problemPathsAreAsGivenSoARelativeFolderGivesRelativePaths() {
        Path relative = Path.of("src/test/resources/lessons-bad/missing-id");
        Course course = loader.load(relative, List.of(Path.of("src/test/resources/checks")));
        assertEquals("src/test/resources/lessons-bad/missing-id/lesson.yaml:1:1: the lesson needs `id`",
                course.problems().get(0).toString().replace('\\', '/'));
        assertEquals("lesson.yaml", course.broken().get(0).id(), "no id could be read, so the file name stands in");
    }

    @Test
    void aFileThatCannotBeReadIsAProblemNotAnException() throws IOException {
        Files.write(dir.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, '\n'});
        Course course = loader.load(dir, List.of());
        assertEquals(List.of(new Problem(dir.resolve("latin1.yaml").toString(), 0, 0, "not UTF-8 text; save the file as UTF-8")),
                course.problems());
        assertEquals(1, course.broken().size());
    }

    @Test
    void problemsAreSortedByFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("b.yaml"), "version: 1\nid: b\ntitle: B\nsteps: []\nwhat: x\n");
        Files.writeString(dir.resolve("a.yaml"), "version: 1\nid: a\ntitle: A\nfoo: 1\nsteps: 3\n");
        List<String> positions = loader.load(dir, List.of()).problems().stream()
                .map(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ":" + p.column()).toList();
        assertEquals(List.of("a.yaml:4:1", "a.yaml:5:8", "b.yaml:4:8", "b.yaml:5:1"), positions);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "just text",
        "42",
        "version: 1\nid: x\ntitle: T\nsteps: {a: 1}\n",
        "version: 1\nid: x\ntitle: T\nsteps: [[1]]\n",
        "version: 1\nid: [x]\ntitle: {a: 1}\nsteps: [{id: s, task: t}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t, checks: 5}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t, checks: [[a]]}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t, checks: [{image-present: [ref]}], solution: s}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t, checks: [{image-present: {ref: [a]}}], solution: s}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, quiz: []}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, quiz: {question: q, choices: a, answer: x}}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t, capture: [a]}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t, capture: {Bad-Name: {a: 1}}}]\n",
        "version: 1\nid: x\ntitle: T\nrequires: &a [*a]\nsteps: [{id: s, task: t}]\n",
        "version: 1\nid: x\ntitle: T\n<<: {summary: s}\nsteps: [{id: s, task: t}]\n",
        "version: 1\nid: x\ntitle: T\n? [complex]\n: key\nsteps: [{id: s, task: t}]\n",
        "version: [1]\nid: x\ntitle: T\nsteps: [{id: s, task: t}]\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t}]\n---\nsecond: document\n",
        "version: 1\nid: x\ntitle: T\nsteps: [{id: s, task: t}]\ncleanup: {containers: web, volumes: [[a]]}\n",
        "version: 1\nid: x\ntitle: !!binary aGVsbG8=\nsteps: [{id: s, task: t}]\n",
    })
    void anyShapeOfBadYamlGivesProblemsNotExceptions(String text) throws IOException {
        Files.writeString(dir.resolve("lesson.yaml"), text);
        Course course = loader.load(dir, List.of(Fixtures.resource("checks")));
        assertFalse(course.problems().isEmpty(), "expected a problem");
        assertEquals(List.of(), course.lessons());
        assertTrue(course.problems().stream().allMatch(p -> p.line() > 0 || p.message().contains("empty")),
                () -> "every problem has a position: " + course.problems());
    }
}
