package dev.layerlab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void emptyProgressHasNoLessonAndReturnsEmptyLessons() {
        Progress p = Progress.empty();
        assertEquals(Progress.CURRENT_VERSION, p.version());
        assertNull(p.currentLesson());
        assertEquals(LessonProgress.empty(), p.lesson("anything"));
        assertTrue(p.lessons().isEmpty());
    }

    @Test
    void withersReturnCopiesAndLeaveTheOriginalAlone() {
        Progress before = Progress.empty();
        Progress after = before.withLesson("a", LessonProgress.empty().withDone("s1"))
                .withCurrentLesson("a");

        assertTrue(before.lessons().isEmpty());
        assertNull(before.currentLesson());
        assertEquals("a", after.currentLesson());
        assertEquals(List.of("s1"), List.copyOf(after.lesson("a").doneSteps()));
    }

    @Test
    void lessonProgressWithers() {
        Instant when = Instant.parse("2026-01-01T00:00:00Z");
        LessonProgress p = LessonProgress.empty()
                .withDone("b").withDone("a").withDone("b")
                .withCurrentStep("c")
                .withCapture("id", "1").withCapture("id", "2")
                .withAnswer("quiz", 1)
                .completed(when);

        assertEquals(List.of("b", "a"), List.copyOf(p.doneSteps()), "insertion order, no duplicates");
        assertEquals("c", p.currentStep());
        assertEquals(Map.of("id", "2"), p.captures());
        assertEquals(Map.of("quiz", 1), p.answers());
        assertEquals(when, p.completedAt());
        assertTrue(p.isCompleted());
        assertFalse(LessonProgress.empty().isCompleted());
        assertThrows(IllegalArgumentException.class, () -> p.withAnswer("quiz", -1));
    }

    @Test
    void collectionsAreDefensiveCopiesAndUnmodifiable() {
        Map<String, String> captures = new HashMap<>();
        captures.put("k", "v");
        LessonProgress p = new LessonProgress(null, null, captures, null, null);
        captures.put("k2", "v2");

        assertEquals(Map.of("k", "v"), p.captures());
        assertTrue(p.doneSteps().isEmpty());
        assertTrue(p.answers().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> p.captures().put("x", "y"));
        assertThrows(UnsupportedOperationException.class,
                () -> Progress.empty().lessons().put("x", LessonProgress.empty()));
    }
}
