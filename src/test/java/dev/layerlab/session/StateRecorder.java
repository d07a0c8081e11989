package dev.layerlab.session;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Records what a session publishes and waits, bounded, for a state to arrive. */
public final class StateRecorder implements SessionListener {

    private final List<SessionState> states = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    @Override
    public synchronized void onState(SessionState state) {
        states.add(state);
        notifyAll();
    }

    @Override
    public synchronized void onNotice(String message) {
        notices.add(message);
        notifyAll();
    }

    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    /** The first published state (from now back to the start) that matches, waiting up to 5 s. */
    public synchronized SessionState await(String what, Predicate<SessionState> condition) {
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            for (int i = states.size() - 1; i >= 0; i--) {
                if (condition.test(states.get(i))) {
                    return states.get(i);
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                fail("no state where " + what + "; last: " + (states.isEmpty() ? "none" : states.get(states.size() - 1)));
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    public synchronized void clear() {
        states.clear();
        notices.clear();
    }
}
