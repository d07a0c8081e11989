package dev.layerlab.docker.javaclient;

import dev.layerlab.docker.Endpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the daemon the way the learner's {@code docker} CLI does: {@code DOCKER_HOST}, then the
 * current docker context, then the platform default socket. Reads files only; never touches the
 * daemon.
 */
public final class DaemonDiscovery {

    private static final Path SYSTEM_SOCKET = Path.of("/var/run/docker.sock");

    private final List<EndpointSource> sources;

    public DaemonDiscovery(List<EndpointSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The docker CLI's order, with the system socket at {@code /var/run/docker.sock}. */
    public static DaemonDiscovery standard() {
        return withSystemSocket(SYSTEM_SOCKET);
    }

    /** The docker CLI's order with another system socket path, for tests. */
    public static DaemonDiscovery withSystemSocket(Path systemSocket) {
        return new DaemonDiscovery(List.of(new DockerHostSource(), new ContextSource(), new DefaultSocketSource(systemSocket)));
    }

    public Endpoint discover(Map<String, String> env, Path home) {
        return discover(new DiscoveryEnvironment(env, home));
    }

    public Endpoint discover(DiscoveryEnvironment environment) {
        List<String> tried = new ArrayList<>();
        for (EndpointSource source : sources) {
            Optional<EndpointSource.Located> found = source.locate(environment, tried);
            if (found.isPresent()) {
                EndpointSource.Located located = found.get();
                return new Endpoint(located.uri(), located.source(), located.contextName(), tried);
            }
        }
        String fallback = "unix://" + SYSTEM_SOCKET;
        return new Endpoint(fallback, DefaultSocketSource.SOURCE, ContextSource.DEFAULT_CONTEXT, tried);
    }
}
