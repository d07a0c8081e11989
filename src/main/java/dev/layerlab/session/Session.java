package dev.layerlab.session;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.docker.DaemonEvent;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.EventSubscription;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.progress.Progress;
import dev.layerlab.progress.ProgressStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The tutorial session that both interfaces drive. All state changes happen on the session's own
 * thread: actions are queued with {@link #perform}, daemon events queue a re-check (coalesced: a
 * burst of events gives one run after the one under way), and every change is published to the
 * listeners as an immutable {@link SessionState}. Progress is saved after every change that matters.
 */
public final class Session implements AutoCloseable {

    /**
     * After an event, checks run at once and, while they still fail, a few more times shortly
     * after: a web server answers a moment after its container's start event, and no further
     * event comes to say so. Bounded, and only after events: no polling when idle.
     */
    private static final long[] FOLLOW_UPS_MS = {300, 1000, 2500};

    private final Course course;
    private final DockerGateway docker;
    private final ProgressStore store;
    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "layerlab-session");
        thread.setDaemon(true);
        return thread;
    });
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean recheckQueued = new AtomicBoolean();
    private final AtomicLong lastEvent = new AtomicLong();
    private final LessonCleaner cleaner;
    private final CommandGuard guard;
    private final Tutor tutor;
    private EventSubscription subscription;

    public Session(Course course, CheckEngine engine, DockerGateway docker, ProgressStore store, Clock clock) {
        this.course = course;
        this.docker = docker;
        this.store = store;
        this.cleaner = new LessonCleaner(docker);
        this.guard = new CommandGuard(docker);
        this.tutor = new Tutor(course, engine, docker, store, clock, cleaner, new FanOut());
        // Quitting must not wait for a follow-up check, nor run one on a closed daemon client.
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** The course this session runs. */
    public Course course() {
        return course;
    }

    /** The latest state; safe from any thread. */
    public SessionState state() {
        return tutor.state();
    }

    /** A one-line notice from loading progress (e.g. a corrupt file moved aside), if any. */
    public Optional<String> startupNotice() {
        return store.notice();
    }

    /** Hears every state change and notice from now on, on the session's thread. */
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    /** Connects to the daemon and subscribes to its events, off the caller's thread. Once: later calls only report the state. */
    public CompletableFuture<SessionState> start() {
        return submit(() -> {
            if (subscription == null) {
                tutor.connect();
                subscription = docker.subscribe(new Events());
            }
        });
    }

    /** The lesson to resume: the one the learner was in, else the first not finished. */
    public Optional<String> resumeLessonId() {
        Progress p = tutor.progress();
        if (p.currentLesson() != null && course.lesson(p.currentLesson()).isPresent()
                && p.lesson(p.currentLesson()).completedAt() == null) {
            return Optional.of(p.currentLesson());
        }
        return course.lessons().stream().filter(l -> p.lesson(l.id()).completedAt() == null)
                .map(Lesson::id).findFirst();
    }

    /** The course map rows, in course order, broken lessons last. */
    public List<LessonSummary> overview() {
        return new CourseOverview(course, tutor.progress()).rows();
    }

    /** Queues an action; the future completes with the state after it. */
    public CompletableFuture<SessionState> perform(Action action) {
        return submit(() -> tutor.apply(action));
    }

    /**
     * Puts the open lesson back to its start, removing the objects it names; the future holds what
     * was removed, or fails with why it could not be done (the interface has asked first).
     */
    public CompletableFuture<List<String>> reset() {
        return call(tutor::reset);
    }

    /** The objects a reset of the open lesson would remove that exist right now, e.g. {@code container "web"}. */
    public CompletableFuture<List<String>> resetPlan() {
        return call(() -> {
            Lesson lesson = state().lesson();
            return lesson == null ? List.of() : cleaner.existing(lesson.cleanup());
        });
    }

    /**
     * Whether a command line the learner is about to run would remove Docker objects the open
     * lesson does not name (see {@link CommandGuard}); empty when it would not, or when the daemon
     * cannot be asked (the command would fail the same way).
     */
    public CompletableFuture<Optional<CommandGuard.Warning>> review(String commandLine) {
        return call(() -> {
            try {
                return guard.review(commandLine, state().lesson());
            } catch (DockerException e) {
                return Optional.empty();
            }
        });
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
        return call(() -> {
            guarded(work).run();
            return tutor.state();
        });
    }

    /** Runs on the session thread; the future fails with what the work threw. */
    private <T> CompletableFuture<T> call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new SessionException("the session is closed", ""));
        }
        return result;
    }

    /** Runs on the session thread, unless the session is closed (late events are dropped). */
    private void post(Runnable work) {
        try {
            worker.execute(guarded(work));
        } catch (RejectedExecutionException e) {
            // Closed: nobody is listening any more.
        }
    }

    /**
     * The executor would keep a task's exception to itself; the learner hears of it instead, as a
     * notice, and the session goes on.
     */
    private Runnable guarded(Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                new FanOut().onNotice(Messages.oneLine(e));
            }
        };
    }

    private void onDaemonEvent() {
        long event = lastEvent.incrementAndGet();
        requestRecheck();
        for (long delay : FOLLOW_UPS_MS) {
            worker.schedule(guarded(() -> {
                SessionState state = tutor.state();
                if (lastEvent.get() == event && state.lesson() != null && !state.allPassed()) {
                    tutor.runChecks();
                }
            }), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void requestRecheck() {
        if (recheckQueued.compareAndSet(false, true)) {
            post(() -> {
                recheckQueued.set(false);
                tutor.runChecks();
            });
        }
    }

    /** Hands the tutor's updates to every listener. */
    private final class FanOut implements SessionListener {

        @Override
        public void onState(SessionState state) {
            listeners.forEach(listener -> listener.onState(state));
        }

        @Override
        public void onNotice(String message) {
            listeners.forEach(listener -> listener.onNotice(message));
        }
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
                if (!reachable) {
                    tutor.lost(message);
                } else if (tutor.connect()) {
                    tutor.runChecks();
                }
            });
        }
    }
}
