package dev.layerlab.docker;

/**
 * A container port and where it is published on the host.
 *
 * @param hostPort null when the port is exposed but not published
 */
public record PortBinding(int containerPort, String protocol, String hostIp, Integer hostPort) {

    /** {@code 0.0.0.0:8080->80/tcp}, or {@code 80/tcp} when not published. */
    public String display() {
        String target = containerPort + "/" + protocol;
        return hostPort == null ? target : (hostIp == null || hostIp.isEmpty() ? "" : hostIp + ":") + hostPort + "->" + target;
    }
}
