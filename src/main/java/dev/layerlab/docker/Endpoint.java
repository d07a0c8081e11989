package dev.layerlab.docker;

import java.util.List;

/**
 * Where the Docker daemon is, and how it was found.
 *
 * @param uri the daemon address, e.g. {@code unix:///var/run/docker.sock} or {@code tcp://10.0.0.5:2375}
 * @param source how it was found, e.g. {@code DOCKER_HOST}, {@code context "colima"}, {@code default socket}
 * @param contextName the docker context name, {@code default} when none is set
 * @param tried every place looked at, in order, for the "cannot reach the daemon" message
 */
public record Endpoint(String uri, String source, String contextName, List<String> tried) {

    public Endpoint {
        tried = List.copyOf(tried);
    }

    /** The host on which published container ports are reachable: loopback for a local socket. */
    public String publishedHost() {
        if (uri.startsWith("tcp://") || uri.startsWith("http://") || uri.startsWith("https://")) {
            String rest = uri.substring(uri.indexOf("://") + 3);
            int end = rest.indexOf(':');
            if (end < 0) {
                end = rest.indexOf('/');
            }
            return end < 0 ? rest : rest.substring(0, end);
        }
        return "127.0.0.1";
    }
}
