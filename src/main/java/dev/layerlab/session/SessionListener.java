package dev.layerlab.session;

/**
 * Hears the session. Called on the session's own thread: an interface must hand the update to its
 * GUI thread (or print it) and return quickly.
 */
public interface SessionListener {

    /** The state changed. */
    void onState(SessionState state);

    /** A one-line message for the learner, e.g. "Step done — press Enter to go on". */
    default void onNotice(String message) {
    }
}
