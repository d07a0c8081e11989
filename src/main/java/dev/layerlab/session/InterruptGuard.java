package dev.layerlab.session;

/** Keeps Ctrl-C away from layerlab while a child process owns the terminal. */
public interface InterruptGuard {

    /** From now on SIGINT does not stop layerlab. */
    void ignore();

    /** Gives SIGINT its usual meaning back, shortly: the terminal may deliver a late one. */
    void restoreSoon();

    /** For runs without a terminal. */
    InterruptGuard NONE = new InterruptGuard() {
        @Override
        public void ignore() {
        }

        @Override
        public void restoreSoon() {
        }
    };
}
