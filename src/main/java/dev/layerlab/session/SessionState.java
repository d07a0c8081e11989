package dev.layerlab.session;

import dev.layerlab.check.CheckResult;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Step;
import java.util.List;

/**
 * An immutable picture of the session, published to listeners after every change.
 *
 * @param lesson the open lesson, null on the course map
 * @param stepIndex the current step within it
 * @param results the latest check results of the current step, in the step's order (empty before the first run)
 * @param checking whether a check run is under way
 * @param stepDone whether the current step has been completed (all checks passed, or quiz answered)
 * @param hintsShown how many of the step's hints have been revealed
 * @param solutionShown whether the solution has been revealed
 * @param answer the learner's answer to this step's quiz, 0-based, or -1
 * @param prediction the previous step's prediction to show beside this step's outcome, or null
 * @param lessonFinished whether the learner went past the last step
 * @param daemon the daemon status
 */
public record SessionState(Lesson lesson, int stepIndex, List<CheckResult> results, boolean checking,
        boolean stepDone, int hintsShown, boolean solutionShown, int answer, Prediction prediction,
        boolean lessonFinished, DaemonStatus daemon) {

    public SessionState {
        results = List.copyOf(results);
    }

    /** The current step, or null on the course map. */
    public Step step() {
        return lesson == null ? null : lesson.steps().get(stepIndex);
    }

    public boolean allPassed() {
        return !results.isEmpty() && results.stream().allMatch(CheckResult::passed);
    }

    public boolean isLastStep() {
        return lesson != null && stepIndex == lesson.steps().size() - 1;
    }
}
