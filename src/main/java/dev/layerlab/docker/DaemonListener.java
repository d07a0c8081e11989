package dev.layerlab.docker;

/** Hears daemon events and changes of reachability. Called on the subscription's own thread. */
public interface DaemonListener {

    void onEvent(DaemonEvent event);

    /**
     * The daemon became reachable or was lost.
     *
     * @param message when lost, a one-line reason; when reachable, the daemon's description
     */
    void onConnection(boolean reachable, String message);
}
