package dev.layerlab.docker.javaclient;

import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerTimeoutException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps the gateway from hammering a dead daemon: after a call finds the daemon unreachable (or
 * hung), calls within a short window fail at once with the same message, until a call succeeds.
 */
final class ReachabilityGate {

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private DockerException lastFailure;
    private long failedAt;

    ReachabilityGate(Duration window, LongSupplier nanoClock) {
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Throws a copy of the last failure when it happened within the window. */
    synchronized void checkOpen() {
        if (lastFailure != null && nanoClock.getAsLong() - failedAt < windowNanos) {
            throw copy(lastFailure);
        }
    }

    synchronized void failed(DockerException failure) {
        lastFailure = failure;
        failedAt = nanoClock.getAsLong();
    }

    synchronized void succeeded() {
        lastFailure = null;
    }

    /** A fresh exception, so that each caller gets its own stack trace. */
    private static DockerException copy(DockerException failure) {
        if (failure instanceof DockerTimeoutException) {
            return new DockerTimeoutException(failure.getMessage(), failure.remedy());
        }
        if (failure instanceof DaemonUnreachableException) {
            return new DaemonUnreachableException(failure.getMessage(), failure.remedy(), failure.getCause());
        }
        return new DockerException(failure.getMessage(), failure.remedy(), failure.getCause());
    }
}
