package dev.layerlab.session;

/**
 * The daemon as the status bar shows it.
 *
 * @param phase connecting, reachable, or lost (checks paused)
 * @param endpoint the address, e.g. {@code unix:///var/run/docker.sock}
 * @param source how it was found, e.g. {@code DOCKER_HOST}
 * @param context the docker context name
 * @param version the daemon version when reachable, else empty
 * @param message when lost, why, in one line; else empty
 */
public record DaemonStatus(Phase phase, String endpoint, String source, String context, String version, String message) {

    public enum Phase { CONNECTING, REACHABLE, LOST }

    public boolean reachable() {
        return phase == Phase.REACHABLE;
    }

    /** {@code Docker 20.10.24 · unix:///var/run/docker.sock (context default)} or the reason it is lost. */
    public String describe() {
        return switch (phase) {
            case CONNECTING -> "connecting to Docker at " + endpoint + " …";
            case REACHABLE -> "Docker " + version + " · " + endpoint + " (context " + context + ")";
            case LOST -> "Docker daemon lost — checks paused: " + message;
        };
    }
}
