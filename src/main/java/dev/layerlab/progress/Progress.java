package dev.layerlab.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a learner has done, as saved in the progress file. Immutable; the withers return
 * copies.
 *
 * @param version the file format version this was read from ({@link #CURRENT_VERSION} for new
 *     state); {@link ProgressStore#save} always writes {@link #CURRENT_VERSION}
 * @param currentLesson id of the lesson the learner is in, or {@code null} before the first one
 * @param lessons progress per lesson id, in the order they were first touched; never null
 */
public record Progress(int version, String currentLesson, Map<String, LessonProgress> lessons) {

    /** The newest file format this build reads and the one it writes. */
    public static final int CURRENT_VERSION = 1;

    public Progress {
        lessons = lessons == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(lessons));
        lessons.forEach((id, p) -> {
            Objects.requireNonNull(id, "lesson id");
            Objects.requireNonNull(p, "lesson progress");
        });
    }

    /** No lesson started yet. */
    public static Progress empty() {
        return new Progress(CURRENT_VERSION, null, Map.of());
    }

    /** Progress in lesson {@code id}; an empty one when the learner has not started it. */
    public LessonProgress lesson(String id) {
        return lessons.getOrDefault(id, LessonProgress.empty());
    }

    /** A copy with lesson {@code id} replaced by {@code p} (added at the end when new). */
    public Progress withLesson(String id, LessonProgress p) {
        Map<String, LessonProgress> copy = new LinkedHashMap<>(lessons);
        copy.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(p, "p"));
        return new Progress(version, currentLesson, copy);
    }

    /** A copy whose current lesson is {@code id} ({@code null}: none). */
    public Progress withCurrentLesson(String id) {
        return new Progress(version, id, lessons);
    }
}
