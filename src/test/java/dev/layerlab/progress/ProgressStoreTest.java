package dev.layerlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state").resolve("layerlab").resolve("progress.json");
    }

    private ProgressStore store() {
        return new ProgressStore(file(), CLOCK);
    }

    private void write(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content, StandardCharsets.UTF_8);
    }

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> s = Files.list(file().getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static Progress sample() {
        LessonProgress first = LessonProgress.empty()
                .withDone("pull").withDone("run").withCurrentStep("inspect")
                .withCapture("first_id", "abc123").withAnswer("predict", 2)
                .completed(Instant.parse("2026-01-02T03:04:05.678Z"));
        LessonProgress second = LessonProgress.empty().withCurrentStep("write");
        return Progress.empty()
                .withLesson("first-container", first)
                .withLesson("file-disappears", second)
                .withCurrentLesson("file-disappears");
    }

    @Test
    void roundTripKeepsEverythingAndCreatesTheFolder() {
        Progress saved = sample();
        store().save(saved);

        Progress loaded = store().load();

        assertEquals(saved, loaded);
        assertEquals(List.of("pull", "run"), List.copyOf(loaded.lesson("first-container").doneSteps()));
        assertEquals(List.of("first-container", "file-disappears"), List.copyOf(loaded.lessons().keySet()));
        assertTrue(store().notice().isEmpty());
    }

    @Test
    void savedFileIsVersionedPrettyJson() throws IOException {
        store().save(sample());
        String text = Files.readString(file());
        assertTrue(text.startsWith("{\n"), text);
        assertTrue(text.contains("\"version\" : 1"), text);
        assertTrue(text.contains("\"completedAt\" : \"2026-01-02T03:04:05.678Z\""), text);
        assertTrue(text.contains("\"doneSteps\" : [ \"pull\", \"run\" ]"), text);
    }

    @Test
    void missingFileIsEmptyProgressWithoutNotice() {
        ProgressStore store = store();
        assertEquals(Progress.empty(), store.load());
        assertTrue(store.notice().isEmpty());
        assertFalse(Files.exists(file()), "load must not create the file");
    }

    @Test
    void corruptJsonIsMovedAsideWithNotice() throws IOException {
        write("{\"version\": 1, \"lessons\": {");
        ProgressStore store = store();

        assertEquals(Progress.empty(), store.load());

        Path aside = file().resolveSibling("progress.json.corrupt-20260304-050607");
        assertEquals(List.of("progress.json.corrupt-20260304-050607"), filesInFolder());
        assertEquals("{\"version\": 1, \"lessons\": {", Files.readString(aside), "content kept");
        String notice = store.notice().orElseThrow();
        assertTrue(notice.startsWith("your progress file was unreadable (it is not valid JSON"), notice);
        assertTrue(notice.endsWith("moved it to " + aside + " and started fresh"), notice);
        assertFalse(notice.contains("\n"));
    }

    @Test
    void secondCorruptFileInTheSameSecondGetsItsOwnName() throws IOException {
        write("garbage");
        store().load();
        write("more garbage");
        store().load();
        assertEquals(List.of("progress.json.corrupt-20260304-050607",
                "progress.json.corrupt-20260304-050607-2"), filesInFolder());
    }

    @Test
    void wrongShapesAreMovedAside() throws IOException {
        List<String> bad = List.of(
                "",
                "[1, 2]",
                "{}",
                "{\"version\": \"1\"}",
                "{\"version\": 0}",
                "{\"version\": 1, \"lessons\": []}",
                "{\"version\": 1, \"currentLesson\": 5}",
                "{\"version\": 1, \"lessons\": {\"a\": {\"doneSteps\": \"x\"}}}",
                "{\"version\": 1, \"lessons\": {\"a\": {\"doneSteps\": [1]}}}",
                "{\"version\": 1, \"lessons\": {\"a\": {\"answers\": {\"q\": \"two\"}}}}",
                "{\"version\": 1, \"lessons\": {\"a\": {\"answers\": {\"q\": -1}}}}",
                "{\"version\": 1, \"lessons\": {\"a\": {\"captures\": {\"c\": 3}}}}",
                "{\"version\": 1, \"lessons\": {\"a\": {\"completedAt\": \"yesterday\"}}}",
                "{\"version\": 1} trailing");
        for (String content : bad) {
            write(content);
            ProgressStore store = store();
            assertEquals(Progress.empty(), store.load(), content);
            assertTrue(store.notice().isPresent(), content);
            assertFalse(Files.exists(file()), "not moved aside: " + content);
        }
    }

    @Test
    void invalidUtf8IsMovedAside() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        ProgressStore store = store();
        assertEquals(Progress.empty(), store.load());
        assertTrue(store.notice().orElseThrow().contains("not UTF-8"));
    }

    @Test
    void newerVersionIsMovedAsideNotOverwritten() throws IOException {
        write("{\"version\": 2, \"lessons\": {}}");
        ProgressStore store = store();

        assertEquals(Progress.empty(), store.load());

        assertTrue(store.notice().orElseThrow().contains("newer layerlab (format version 2"));
        assertEquals("{\"version\": 2, \"lessons\": {}}",
                Files.readString(file().resolveSibling("progress.json.corrupt-20260304-050607")));
    }

    @Test
    void unknownFieldsAreTolerated() throws IOException {
        write("""
                {"version": 1, "theme": "dark", "currentLesson": "a",
                 "lessons": {"a": {"currentStep": "s2", "doneSteps": ["s1"], "future": [1, 2],
                                   "captures": {"id": "x"}, "answers": {"q": 1}}}}
                """);
        ProgressStore store = store();

        Progress p = store.load();

        assertTrue(store.notice().isEmpty());
        assertEquals("a", p.currentLesson());
        LessonProgress a = p.lesson("a");
        assertEquals("s2", a.currentStep());
        assertEquals(List.of("s1"), List.copyOf(a.doneSteps()));
        assertEquals(Map.of("id", "x"), a.captures());
        assertEquals(Map.of("q", 1), a.answers());
        assertEquals(null, a.completedAt());
    }

    @Test
    void missingOptionalFieldsReadAsEmpty() throws IOException {
        write("{\"version\": 1, \"lessons\": {\"a\": {}}}");
        Progress p = store().load();
        assertEquals(Progress.empty().withLesson("a", LessonProgress.empty()), p);
    }

    @Test
    void atomicWriteLeavesNoTempFilesAndReplacesTheOldFile() throws IOException {
        ProgressStore store = store();
        store.save(Progress.empty());
        store.save(sample());
        store.save(sample().withCurrentLesson("first-container"));

        assertEquals(List.of("progress.json"), filesInFolder());
        assertEquals("first-container", store.load().currentLesson());
    }

    @Test
    void folderThatCannotBeCreatedIsATypedError() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        ProgressStore store = new ProgressStore(blocker.resolve("layerlab").resolve("progress.json"), CLOCK);

        ProgressException e = assertThrows(ProgressException.class, () -> store.save(Progress.empty()));

        assertTrue(e.getMessage().startsWith("cannot create the progress folder"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.remedy().contains("XDG_STATE_HOME"));
    }

    @Test
    void defaultLocationUsesXdgStateHome() {
        Path home = dir.resolve("home");
        Path state = dir.resolve("xdg-state");
        assertEquals(state.resolve("layerlab/progress.json"),
                ProgressStore.defaultLocation(Map.of("XDG_STATE_HOME", state.toString()), home));
    }

    @Test
    void defaultLocationFallsBackToHome() {
        Path home = dir.resolve("home");
        Path expected = home.resolve(".local/state/layerlab/progress.json");
        assertEquals(expected, ProgressStore.defaultLocation(Map.of(), home));
        assertEquals(expected, ProgressStore.defaultLocation(Map.of("XDG_STATE_HOME", ""), home));
        assertEquals(expected,
                ProgressStore.defaultLocation(Map.of("XDG_STATE_HOME", "relative/state"), home));
    }
}
