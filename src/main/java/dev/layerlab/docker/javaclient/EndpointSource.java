package dev.layerlab.docker.javaclient;

import java.util.List;
import java.util.Optional;

/**
 * One place where the docker CLI looks for its daemon. {@link DaemonDiscovery} asks each source
 * in turn; the first that names an address wins.
 */
public interface EndpointSource {

    /**
     * The daemon address this source names, or empty to let the next source try.
     *
     * @param tried a line per place looked at is appended here, for the "cannot reach" message
     */
    Optional<Located> locate(DiscoveryEnvironment environment, List<String> tried);

    /**
     * An address and how it was found.
     *
     * @param uri e.g. {@code unix:///var/run/docker.sock}
     * @param source e.g. {@code DOCKER_HOST}, {@code context "colima"}, {@code default socket}
     * @param contextName the docker context in effect
     */
    record Located(String uri, String source, String contextName) {
    }
}
