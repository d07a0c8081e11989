package dev.layerlab.docker.javaclient;

import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.DockerException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each daemon call on a worker thread and waits at most a time limit for it. docker-java
 * hangs for ever over a unix socket when the daemon accepts but never answers, and its own
 * timeouts do not help; waiting on a future is the only reliable bound.
 */
final class BoundedCalls implements AutoCloseable {

    private final ExecutorService workers;
    private final Duration timeout;
    private final ReachabilityGate gate;
    private final Failures failures;

    BoundedCalls(Duration timeout, ReachabilityGate gate, Failures failures) {
        this.timeout = timeout;
        this.gate = gate;
        this.failures = failures;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "layerlab-docker-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the call within the default limit, failing fast while the daemon is known to be down. */
    <T> T call(String what, Callable<T> body) {
        return call(what, timeout, body);
    }

    <T> T call(String what, Duration limit, Callable<T> body) {
        gate.checkOpen();
        return probe(what, limit, body);
    }

    /** Like {@link #call} but ignores the fail-fast window: for the reconnect attempts that must touch the daemon. */
    <T> T probe(String what, Duration limit, Callable<T> body) {
        Future<T> future = workers.submit(body);
        try {
            T result = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            gate.succeeded();
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            DockerException timedOut = failures.timeout(what, limit);
            gate.failed(timedOut);
            throw timedOut;
        } catch (ExecutionException e) {
            DockerException failure = failures.translate(what, e.getCause());
            if (failure instanceof DaemonUnreachableException) {
                gate.failed(failure);
            } else {
                gate.succeeded();
            }
            throw failure;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DockerException("Interrupted while waiting for the Docker daemon (" + what + ").", "", e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
