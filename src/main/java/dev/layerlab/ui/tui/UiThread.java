package dev.layerlab.ui.tui;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that changes the interface. Other threads (keys, the session, resizes) post work
 * here; the loop blocks on the queue, so an idle screen costs nothing. After a burst of work it
 * draws one frame.
 */
final class UiThread {

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    void post(Runnable work) {
        queue.add(work);
    }

    /**
     * Runs posted work until {@code running} says stop, calling {@code redraw} after each burst.
     *
     * @param wakeAfterMillis how long to wait at most before redrawing anyway (e.g. to clear a notice); 0 for no limit
     */
    void loop(java.util.function.BooleanSupplier running, Runnable redraw,
            java.util.function.LongSupplier wakeAfterMillis) throws InterruptedException {
        while (running.getAsBoolean()) {
            long wait = wakeAfterMillis.getAsLong();
            Runnable work = wait > 0 ? queue.poll(wait, TimeUnit.MILLISECONDS) : queue.take();
            while (work != null) {
                work.run();
                work = queue.poll();
            }
            if (running.getAsBoolean()) {
                redraw.run();
            }
        }
    }
}
