package dev.layerlab.docker.javaclient;

import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.EventSubscription;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A self-healing event subscription on its own thread. It probes the daemon, opens the event
 * stream, and tells the listener the daemon is reachable; when the stream ends (the daemon
 * stopped) it says so at once and reconnects with back-off, one cheap probe per attempt.
 * Reachability is reported on changes only, so a long outage is one message, not one per attempt.
 */
final class EventStream implements EventSubscription {

    static final Duration FIRST_RETRY = Duration.ofMillis(250);
    static final Duration LAST_RETRY = Duration.ofSeconds(2);

    private final Supplier<String> probe;
    private final Consumer<EventCallback> opener;
    private final DaemonListener listener;
    private final Duration startTimeout;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    private volatile EventCallback current;
    private Boolean reachable;

    /**
     * @param probe describes the daemon, or throws {@link DockerException} when it does not answer
     * @param opener starts the event stream into the callback (asynchronously)
     */
    EventStream(Supplier<String> probe, Consumer<EventCallback> opener, DaemonListener listener, Duration startTimeout) {
        this.probe = probe;
        this.opener = opener;
        this.listener = listener;
        this.startTimeout = startTimeout;
        this.thread = new Thread(this::run, "layerlab-docker-events");
        this.thread.setDaemon(true);
    }

    EventStream start() {
        thread.start();
        return this;
    }

    private void run() {
        long retryMillis = FIRST_RETRY.toMillis();
        try {
            while (!isClosed()) {
                if (connectAndListen()) {
                    retryMillis = FIRST_RETRY.toMillis();
                } else {
                    retryMillis = Math.min(retryMillis * 2, LAST_RETRY.toMillis());
                }
                if (closing.await(retryMillis, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One connection: true when the stream ran and then ended, false when it could not start. */
    private boolean connectAndListen() throws InterruptedException {
        String description;
        try {
            description = probe.get();
        } catch (DockerException e) {
            report(false, e.getMessage());
            return false;
        }
        EventCallback callback = new EventCallback(listener);
        current = callback;
        try {
            opener.accept(callback);
        } catch (RuntimeException e) {
            callback.close();
            report(false, "Cannot open the Docker event stream: " + e.getMessage());
            return false;
        }
        if (!callback.awaitStarted(startTimeout.toMillis())) {
            callback.close();
            report(false, "The Docker event stream did not start: " + callback.endReason());
            return false;
        }
        if (isClosed()) {
            callback.close();
            return true;
        }
        report(true, description);
        callback.awaitEnd(Long.MAX_VALUE);
        callback.close();
        report(false, callback.endReason() + "; is Docker stopping or restarting? Retrying until it answers");
        return true;
    }

    private void report(boolean nowReachable, String message) {
        if (isClosed() || Boolean.valueOf(nowReachable).equals(reachable)) {
            return;
        }
        reachable = nowReachable;
        try {
            listener.onConnection(nowReachable, message);
        } catch (RuntimeException e) {
            // The listener's failure must not stop the reconnecting.
        }
    }

    private boolean isClosed() {
        return closing.getCount() == 0;
    }

    @Override
    public void close() {
        closing.countDown();
        EventCallback callback = current;
        if (callback != null) {
            callback.close();
        }
        try {
            // A probe in flight ends within its own time limit; no need to wait for it here.
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
