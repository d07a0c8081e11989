package dev.layerlab.check;

import dev.layerlab.docker.DockerGateway;

/**
 * What a primitive may read: the daemon, and HTTP on published ports and registries. One probe
 * serves one evaluation of a step's checks, so it may cache daemon snapshots for that round.
 */
public interface Probe {

    DockerGateway docker();

    /** HTTP GET. Only loopback, the daemon's host, or a registry named by the lesson. */
    HttpReply get(String url);

    /**
     * The reply to an HTTP GET; {@code status} is 0 when nothing answered, and {@code error}
     * then says why.
     */
    record HttpReply(int status, String body, String error) {
    }
}
