package dev.layerlab.progress;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner has done in one lesson. Immutable; the withers return copies.
 *
 * @param currentStep id of the step the learner is on; {@code null} means the first step
 * @param doneSteps ids of the steps whose checks passed, in the order they were done; never null
 * @param captures values saved by {@code capture:} in earlier steps, by name; never null
 * @param answers quiz answers: step id to the 0-based index of the chosen option; never null
 * @param completedAt when the last step was done; {@code null} until then
 */
public record LessonProgress(
        String currentStep,
        Set<String> doneSteps,
        Map<String, String> captures,
        Map<String, Integer> answers,
        Instant completedAt) {

    public LessonProgress {
        doneSteps = doneSteps == null
                ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(doneSteps));
        captures = captures == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(captures));
        answers = answers == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        doneSteps.forEach(s -> Objects.requireNonNull(s, "step id"));
        captures.forEach((k, v) -> Objects.requireNonNull(v, "capture " + k));
        answers.forEach((k, v) -> Objects.requireNonNull(v, "answer " + k));
    }

    /** Not started. */
    public static LessonProgress empty() {
        return new LessonProgress(null, Set.of(), Map.of(), Map.of(), null);
    }

    /** Whether the lesson has been completed. */
    public boolean isCompleted() {
        return completedAt != null;
    }

    /** A copy positioned on step {@code stepId} ({@code null}: the first step). */
    public LessonProgress withCurrentStep(String stepId) {
        return new LessonProgress(stepId, doneSteps, captures, answers, completedAt);
    }

    /** A copy with {@code stepId} marked done (kept in its first position if already done). */
    public LessonProgress withDone(String stepId) {
        Set<String> copy = new LinkedHashSet<>(doneSteps);
        copy.add(Objects.requireNonNull(stepId, "stepId"));
        return new LessonProgress(currentStep, copy, captures, answers, completedAt);
    }

    /** A copy with capture {@code name} set to {@code value}. */
    public LessonProgress withCapture(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(captures);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new LessonProgress(currentStep, doneSteps, copy, answers, completedAt);
    }

    /** A copy recording that quiz step {@code stepId} was answered with option {@code choice}. */
    public LessonProgress withAnswer(String stepId, int choice) {
        if (choice < 0) {
            throw new IllegalArgumentException("choice must be 0 or more, was " + choice);
        }
        Map<String, Integer> copy = new LinkedHashMap<>(answers);
        copy.put(Objects.requireNonNull(stepId, "stepId"), choice);
        return new LessonProgress(currentStep, doneSteps, captures, copy, completedAt);
    }

    /** A copy marked completed at {@code when}. */
    public LessonProgress completed(Instant when) {
        return new LessonProgress(
                currentStep, doneSteps, captures, answers, Objects.requireNonNull(when, "when"));
    }
}
