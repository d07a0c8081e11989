package dev.layerlab.session;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Replaces the JVM's SIGINT handler with one that does nothing while a child runs. A handler, not
 * SIG_IGN: an ignored signal would stay ignored in the child, and Ctrl-C would not reach it.
 */
public final class SignalInterruptGuard implements InterruptGuard {

    private static final Signal INT = new Signal("INT");

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "layerlab-sigint");
        thread.setDaemon(true);
        return thread;
    });
    private SignalHandler previous;
    private int depth;

    @Override
    public synchronized void ignore() {
        if (depth++ == 0) {
            previous = Signal.handle(INT, signal -> { });
        }
    }

    @Override
    public void restoreSoon() {
        timer.schedule(this::restore, 200, TimeUnit.MILLISECONDS);
    }

    private synchronized void restore() {
        if (--depth == 0 && previous != null) {
            Signal.handle(INT, previous);
            previous = null;
        }
    }
}
