package dev.layerlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads keys on its own thread and hands them on. It polls with a short sleep rather than
 * blocking in {@code readInput()}: a blocked read cannot be called off, and while a command owns
 * the terminal this thread must not read a single byte of its keyboard. {@link #pause()} returns
 * only once the thread is parked.
 */
final class InputPump {

    /** While keys come (typing, scrolling), poll often; a key after a pause still shows in well under 100 ms. */
    private static final long TYPING_POLL_MILLIS = 15;
    private static final long IDLE_POLL_MILLIS = 50;
    /** After half a minute without a key the learner is reading: wake up less (a key still shows within ~0.1 s). */
    private static final long READING_POLL_MILLIS = 100;
    private static final long TYPING_NANOS = 1_000_000_000L;
    private static final long READING_NANOS = 30_000_000_000L;

    private final Terminal terminal;
    private final Consumer<KeyStroke> keys;
    private final Thread thread;
    private boolean paused;
    private boolean parked;
    private boolean stopped;

    InputPump(Terminal terminal, Consumer<KeyStroke> keys) {
        this.terminal = terminal;
        this.keys = keys;
        this.thread = new Thread(this::loop, "layerlab-input");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops reading and waits until the thread no longer touches the terminal. */
    synchronized void pause() {
        paused = true;
        while (!parked && !stopped && thread.isAlive()) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    private static long pollInterval(long sinceLastKey) {
        if (sinceLastKey < TYPING_NANOS) {
            return TYPING_POLL_MILLIS;
        }
        return sinceLastKey < READING_NANOS ? IDLE_POLL_MILLIS : READING_POLL_MILLIS;
    }

    private void loop() {
        long lastKey = System.nanoTime() - TYPING_NANOS;
        try {
            while (awaitTurn()) {
                KeyStroke key = terminal.pollInput();
                if (key == null) {
                    Thread.sleep(pollInterval(System.nanoTime() - lastKey));
                    continue;
                }
                lastKey = System.nanoTime();
                keys.accept(key);
                if (key.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (IOException e) {
            keys.accept(new KeyStroke(KeyType.EOF));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits while paused; false once stopped. */
    private synchronized boolean awaitTurn() throws InterruptedException {
        while (paused && !stopped) {
            parked = true;
            notifyAll();
            wait();
        }
        parked = false;
        return !stopped;
    }
}
