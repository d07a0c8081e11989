package dev.layerlab.session;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.CheckResult;
import dev.layerlab.docker.DaemonEvent;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.DockerTimeoutException;
import dev.layerlab.docker.Endpoint;
import dev.layerlab.docker.EventSubscription;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Step;
import dev.layerlab.progress.LessonProgress;
import dev.layerlab.progress.Progress;
import dev.layerlab.progress.ProgressStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tutorial state machine. All state changes happen on the session's own thread: actions are
 * queued with {@link #perform}, daemon events queue a re-check (coalesced: a burst of events
 * gives one run after the one under way), and every change is published to the listeners as an
 * immutable {@link SessionState}. Progress is saved after every change that matters.
 */
public final class Session implements AutoCloseable {

    private final Course course;
    private final CheckEngine engine;
    private final DockerGateway docker;
    private final ProgressStore store;
    private final Clock clock;
    /**
     * After an event, checks run at once and, while they still fail, a few more times shortly
     * after: a web server answers a moment after its container's start event, and no further
     * event comes to say so. Bounded, and only after events: no polling when idle.
     */
    private static final long[] FOLLOW_UPS_MS = {300, 1000, 2500};

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "layerlab-session");
        thread.setDaemon(true);
        return thread;
    });
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean recheckQueued = new AtomicBoolean();
    private final AtomicLong lastEvent = new AtomicLong();
    private final LessonCleaner cleaner;
    private final CommandGuard guard;

    private volatile Progress progress;
    private volatile SessionState state;
    private EventSubscription subscription;
    private List<CheckResult> results = List.of();
    private boolean checking;
    private int hintsShown;
    private boolean solutionShown;
    private boolean lessonFinished;
    private DaemonStatus daemon;

    public Session(Course course, CheckEngine engine, DockerGateway docker, ProgressStore store, Clock clock) {
        this.course = course;
        this.engine = engine;
        this.docker = docker;
        this.store = store;
        this.clock = clock;
        this.cleaner = new LessonCleaner(docker);
        this.guard = new CommandGuard(docker);
        this.progress = store.load();
        Endpoint endpoint = docker.endpoint();
        this.daemon = new DaemonStatus(DaemonStatus.Phase.CONNECTING, endpoint.uri(), endpoint.source(),
                endpoint.contextName(), "", "");
        this.state = snapshot(null, 0);
    }

    public Course course() {
        return course;
    }

    /** The latest state; safe from any thread. */
    public SessionState state() {
        return state;
    }

    /** A one-line notice from loading progress (e.g. a corrupt file moved aside), if any. */
    public java.util.Optional<String> startupNotice() {
        return store.notice();
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    /** Connects to the daemon and subscribes to its events, off the caller's thread. */
    public CompletableFuture<SessionState> start() {
        return submit(() -> {
            connect();
            subscription = docker.subscribe(new Events());
        });
    }

    /** The lesson to resume: the one the learner was in, else the first not finished. */
    public java.util.Optional<String> resumeLessonId() {
        Progress p = progress;
        if (p.currentLesson() != null && course.lesson(p.currentLesson()).isPresent()
                && p.lesson(p.currentLesson()).completedAt() == null) {
            return java.util.Optional.of(p.currentLesson());
        }
        return course.lessons().stream().filter(l -> p.lesson(l.id()).completedAt() == null)
                .map(Lesson::id).findFirst();
    }

    /** The course map rows, in course order, broken lessons last. */
    public List<LessonSummary> overview() {
        return new CourseOverview(course, progress).rows();
    }

    /** Queues an action; the future completes with the state after it. */
    public CompletableFuture<SessionState> perform(Action action) {
        return submit(() -> apply(action));
    }

    /** The objects a reset of the open lesson would remove that exist right now, e.g. {@code container "web"}. */
    public CompletableFuture<List<String>> resetPlan() {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                Lesson lesson = state.lesson();
                result.complete(lesson == null ? List.of() : cleaner.existing(lesson.cleanup()));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Whether a command line the learner is about to run would remove Docker objects the open
     * lesson does not name (see {@link CommandGuard}); empty when it would not, or when the daemon
     * cannot be asked (the command would fail the same way).
     */
    public CompletableFuture<java.util.Optional<CommandGuard.Warning>> review(String commandLine) {
        CompletableFuture<java.util.Optional<CommandGuard.Warning>> result = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                result.complete(guard.review(commandLine, state.lesson()));
            } catch (DockerException e) {
                result.complete(java.util.Optional.empty());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    @Override
    public void close() {
        if (worker.isShutdown()) {
            return;
        }
        worker.execute(() -> {
            if (subscription != null) {
                subscription.close();
            }
        });
        worker.shutdown();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<SessionState> submit(Runnable work) {
        CompletableFuture<SessionState> result = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                work.run();
                result.complete(state);
            } catch (RuntimeException e) {
                notice(Messages.oneLine(e));
                result.complete(state);
            }
        });
        return result;
    }

    private void apply(Action action) {
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
            reset(lesson);
        }
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
        notice(allDone ? "Lesson complete: " + lesson.title()
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
            notice(step.hints().isEmpty() ? "This step has no hints" : "No more hints — the solution is one key away");
        }
    }

    private void answer(Lesson lesson, Step step, int choice) {
        if (step.quiz() == null || choice < 0 || choice >= step.quiz().choices().size()) {
            notice("This step has no such answer");
            return;
        }
        LessonProgress lp = progress.lesson(lesson.id()).withAnswer(step.id(), choice);
        if (step.checks().isEmpty()) {
            lp = lp.withDone(step.id());
        }
        save(progress.withLesson(lesson.id(), lp));
        publish();
    }

    private void reset(Lesson lesson) {
        List<String> removed = cleaner.clean(lesson.cleanup());
        save(progress.withLesson(lesson.id(), LessonProgress.empty()));
        moveTo(lesson, 0);
        notice(removed.isEmpty() ? "Lesson reset; nothing to remove"
                : "Lesson reset; removed " + String.join(", ", removed));
    }

    private void runChecks() {
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
            lost(e);
        } catch (DockerException e) {
            notice(Messages.oneLine(e));
        } finally {
            checking = false;
            publish();
        }
    }

    private void complete(Lesson lesson, Step step, LessonProgress lp) {
        LessonProgress updated = lp;
        if (!step.capture().isEmpty()) {
            try {
                for (Map.Entry<String, String> captured : engine.capture(step.capture()).entrySet()) {
                    updated = updated.withCapture(captured.getKey(), captured.getValue());
                }
            } catch (IllegalStateException e) {
                notice("Could not remember " + String.join(", ", step.capture().keySet()) + ": " + e.getMessage());
                return;
            }
        }
        save(progress.withLesson(lesson.id(), updated.withDone(step.id())));
        notice(state.isLastStep() ? "All steps of this lesson are done" : "Step done");
    }

    /** Asks the daemon for its version; true when it answered. */
    private boolean connect() {
        try {
            String version = docker.info().version();
            daemon = new DaemonStatus(DaemonStatus.Phase.REACHABLE, daemon.endpoint(), daemon.source(),
                    daemon.context(), version, "");
            publish();
            return true;
        } catch (DockerException e) {
            lost(e);
            return false;
        }
    }

    private void lost(DockerException e) {
        daemon = new DaemonStatus(DaemonStatus.Phase.LOST, daemon.endpoint(), daemon.source(), daemon.context(),
                daemon.version(), Messages.oneLine(e));
        publish();
    }

    private void onDaemonEvent() {
        long event = lastEvent.incrementAndGet();
        requestRecheck();
        for (long delay : FOLLOW_UPS_MS) {
            worker.schedule(() -> {
                if (lastEvent.get() == event && state.lesson() != null && !state.allPassed()) {
                    runChecks();
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs on the session thread, unless the session is closed (late events are dropped). */
    private void post(Runnable work) {
        try {
            worker.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Closed: nobody is listening any more.
        }
    }

    private void requestRecheck() {
        if (recheckQueued.compareAndSet(false, true)) {
            post(() -> {
                recheckQueued.set(false);
                runChecks();
            });
        }
    }

    private void save(Progress updated) {
        progress = updated;
        store.save(updated);
    }

    private void publish() {
        state = snapshot(state.lesson(), state.stepIndex());
        for (SessionListener listener : listeners) {
            listener.onState(state);
        }
    }

    private void notice(String message) {
        for (SessionListener listener : listeners) {
            listener.onNotice(message);
        }
    }

    private SessionState snapshot(Lesson lesson, int index) {
        if (lesson == null) {
            return new SessionState(null, 0, List.of(), false, false, 0, false, -1, null, false, daemon);
        }
        LessonProgress lp = progress.lesson(lesson.id());
        Step step = lesson.steps().get(index);
        boolean done = lp.doneSteps().contains(step.id());
        int answer = lp.answers().getOrDefault(step.id(), -1);
        return new SessionState(lesson, index, new ArrayList<>(results), checking, done, hintsShown, solutionShown,
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

    /** Daemon events and reachability, on the subscription's thread: hand them to the session thread. */
    private final class Events implements DaemonListener {

        @Override
        public void onEvent(DaemonEvent event) {
            post(Session.this::onDaemonEvent);
        }

        @Override
        public void onConnection(boolean reachable, String message) {
            post(() -> {
                if (reachable) {
                    if (connect()) {
                        runChecks();
                    }
                } else {
                    daemon = new DaemonStatus(DaemonStatus.Phase.LOST, daemon.endpoint(), daemon.source(),
                            daemon.context(), daemon.version(), message);
                    publish();
                }
            });
        }
    }
}
