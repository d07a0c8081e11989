package dev.layerlab.session;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.CheckResult;
import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.DockerTimeoutException;
import dev.layerlab.docker.Endpoint;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Step;
import dev.layerlab.progress.LessonProgress;
import dev.layerlab.progress.Progress;
import dev.layerlab.progress.ProgressException;
import dev.layerlab.progress.ProgressStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The state machine behind {@link Session}: which step is open, what its checks found, hints,
 * answers, and the daemon's reachability. Used only from the session's own thread; every change
 * is published to {@code out} as a fresh {@link SessionState}, and progress is saved as it changes.
 */
final class Tutor {

    private final Course course;
    private final CheckEngine engine;
    private final DockerGateway docker;
    private final ProgressStore store;
    private final Clock clock;
    private final SessionListener out;
    private final LessonCleaner cleaner;

    private volatile Progress progress;
    private volatile SessionState state;
    private List<CheckResult> results = List.of();
    private boolean checking;
    private int hintsShown;
    private boolean solutionShown;
    private boolean lessonFinished;
    private DaemonStatus daemon;

    Tutor(Course course, CheckEngine engine, DockerGateway docker, ProgressStore store, Clock clock,
            LessonCleaner cleaner, SessionListener out) {
        this.course = course;
        this.engine = engine;
        this.docker = docker;
        this.store = store;
        this.clock = clock;
        this.out = out;
        this.cleaner = cleaner;
        this.progress = store.load();
        Endpoint endpoint = docker.endpoint();
        this.daemon = new DaemonStatus(DaemonStatus.Phase.CONNECTING, endpoint.uri(), endpoint.source(),
                endpoint.contextName(), "", "");
        this.state = snapshot(null, 0);
    }

    /** Safe from any thread. */
    SessionState state() {
        return state;
    }

    /** Safe from any thread. */
    Progress progress() {
        return progress;
    }

    void apply(Action action) {
        Lesson lesson = state.lesson();
        if (action instanceof Action.Open open) {
            open(open.lessonId());
        } else if (action instanceof Action.Close) {
            moveTo(null, 0);
        } else if (action instanceof Action.Check) {
            runChecks();
        } else if (lesson == null) {
            throw new SessionException("no lesson is open", "open one from the course map first");
        } else if (action instanceof Action.Next) {
            next(lesson);
        } else if (action instanceof Action.Back) {
            if (state.stepIndex() > 0 || lessonFinished) {
                moveTo(lesson, lessonFinished ? state.stepIndex() : state.stepIndex() - 1);
            }
        } else if (action instanceof Action.Hint) {
            revealHint(state.step());
        } else if (action instanceof Action.RevealSolution) {
            solutionShown = true;
            publish();
        } else if (action instanceof Action.Answer answer) {
            answer(lesson, state.step(), answer.choice());
        } else if (action instanceof Action.Reset) {
            reset();
        }
    }

    /** Runs the open step's checks, unless the daemon is lost and still does not answer. */
    void runChecks() {
        Lesson lesson = state.lesson();
        if (lesson == null) {
            return;
        }
        Step step = state.step();
        if (step.checks().isEmpty()) {
            publish();
            return;
        }
        if (!daemon.reachable() && !connect()) {
            return;
        }
        checking = true;
        publish();
        try {
            LessonProgress lp = progress.lesson(lesson.id());
            results = engine.run(step.checks(), lp.captures());
            if (results.stream().allMatch(CheckResult::passed) && !lp.doneSteps().contains(step.id())) {
                complete(lesson, step, lp);
            }
        } catch (DaemonUnreachableException | DockerTimeoutException e) {
            lost(Messages.oneLine(e));
        } catch (DockerException e) {
            out.onNotice(Messages.oneLine(e));
        } finally {
            checking = false;
            publish();
        }
    }

    /** Asks the daemon for its version; true when it answered. */
    boolean connect() {
        try {
            String version = docker.info().version();
            daemon = new DaemonStatus(DaemonStatus.Phase.REACHABLE, daemon.endpoint(), daemon.source(),
                    daemon.context(), version, "");
            publish();
            return true;
        } catch (DockerException e) {
            lost(Messages.oneLine(e));
            return false;
        }
    }

    /** The daemon is gone: checks pause until it answers again. */
    void lost(String message) {
        daemon = new DaemonStatus(DaemonStatus.Phase.LOST, daemon.endpoint(), daemon.source(), daemon.context(),
                daemon.version(), message);
        publish();
    }

    private void open(String lessonId) {
        Lesson lesson = course.lesson(lessonId).orElseThrow(() -> new SessionException(
                "no lesson \"" + lessonId + "\"", "type list to see the lessons"));
        LessonProgress lp = progress.lesson(lessonId);
        int index = lp.currentStep() == null ? 0 : Math.max(0, lesson.indexOfStep(lp.currentStep()));
        save(progress.withCurrentLesson(lessonId));
        moveTo(lesson, index);
    }

    private void next(Lesson lesson) {
        int index = state.stepIndex();
        if (index + 1 < lesson.steps().size()) {
            moveTo(lesson, index + 1);
            return;
        }
        LessonProgress lp = progress.lesson(lesson.id());
        boolean allDone = lesson.steps().stream().allMatch(s -> lp.doneSteps().contains(s.id()));
        if (allDone && lp.completedAt() == null) {
            save(progress.withLesson(lesson.id(), lp.completed(clock.instant())));
        }
        lessonFinished = true;
        publish();
        out.onNotice(allDone ? "Lesson complete: " + lesson.title()
                : "End of the lesson — some steps are not done yet; go back to finish them");
    }

    private void moveTo(Lesson lesson, int index) {
        results = List.of();
        hintsShown = 0;
        solutionShown = false;
        lessonFinished = false;
        if (lesson != null) {
            Step step = lesson.steps().get(index);
            save(progress.withLesson(lesson.id(), progress.lesson(lesson.id()).withCurrentStep(step.id())));
        }
        state = snapshot(lesson, index);
        publish();
        if (lesson != null) {
            runChecks();
        }
    }

    private void revealHint(Step step) {
        if (hintsShown < step.hints().size()) {
            hintsShown++;
            publish();
        } else {
            out.onNotice(step.hints().isEmpty() ? "This step has no hints" : "No more hints — the solution is one key away");
        }
    }

    private void answer(Lesson lesson, Step step, int choice) {
        if (step.quiz() == null) {
            out.onNotice("This step has no question to answer");
            return;
        }
        if (choice < 0 || choice >= step.quiz().choices().size()) {
            out.onNotice("There is no choice " + (choice + 1));
            return;
        }
        LessonProgress lp = progress.lesson(lesson.id()).withAnswer(step.id(), choice);
        if (step.checks().isEmpty()) {
            lp = lp.withDone(step.id());
        }
        save(progress.withLesson(lesson.id(), lp));
        publish();
    }

    /** Removes what the open lesson names, forgets its progress, and goes back to its first step. */
    List<String> reset() {
        Lesson lesson = state.lesson();
        if (lesson == null) {
            throw new SessionException("no lesson is open", "open one from the course map first");
        }
        List<String> removed = cleaner.clean(lesson.cleanup());
        save(progress.withLesson(lesson.id(), LessonProgress.empty()));
        moveTo(lesson, 0);
        out.onNotice(removed.isEmpty() ? "Lesson reset; nothing to remove"
                : "Lesson reset; removed " + String.join(", ", removed));
        return removed;
    }

    private void complete(Lesson lesson, Step step, LessonProgress lp) {
        LessonProgress updated = lp;
        if (!step.capture().isEmpty()) {
            try {
                for (Map.Entry<String, String> captured : engine.capture(step.capture()).entrySet()) {
                    updated = updated.withCapture(captured.getKey(), captured.getValue());
                }
            } catch (IllegalStateException e) {
                out.onNotice("Could not remember " + String.join(", ", step.capture().keySet()) + ": " + e.getMessage());
                return;
            }
        }
        save(progress.withLesson(lesson.id(), updated.withDone(step.id())));
        out.onNotice(state.isLastStep() ? "All steps of this lesson are done" : "Step done");
    }

    private void save(Progress updated) {
        progress = updated;
        try {
            store.save(updated);
        } catch (ProgressException e) {
            // The lesson goes on from memory; the learner learns that quitting now would lose it.
            out.onNotice("Progress is NOT saved: " + Messages.oneLine(e));
        }
    }

    private void publish() {
        state = snapshot(state.lesson(), state.stepIndex());
        out.onState(state);
    }

    private SessionState snapshot(Lesson lesson, int index) {
        if (lesson == null) {
            return new SessionState(null, 0, List.of(), false, false, 0, false, -1, null, false, daemon);
        }
        LessonProgress lp = progress.lesson(lesson.id());
        Step step = lesson.steps().get(index);
        boolean done = lp.doneSteps().contains(step.id());
        int answer = lp.answers().getOrDefault(step.id(), -1);
        return new SessionState(lesson, index, results, checking, done, hintsShown, solutionShown,
                answer, previousPrediction(lesson, index, lp), lessonFinished, daemon);
    }

    private static Prediction previousPrediction(Lesson lesson, int index, LessonProgress lp) {
        if (index == 0) {
            return null;
        }
        Step previous = lesson.steps().get(index - 1);
        Integer chosen = lp.answers().get(previous.id());
        if (previous.quiz() == null || !previous.quiz().isPrediction() || chosen == null) {
            return null;
        }
        return new Prediction(previous.quiz().question(), previous.quiz().choices().get(chosen));
    }
}
