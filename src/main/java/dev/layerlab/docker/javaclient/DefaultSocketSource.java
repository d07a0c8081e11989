package dev.layerlab.docker.javaclient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform's default socket: {@code /var/run/docker.sock}, then rootless Docker's
 * {@code $XDG_RUNTIME_DIR/docker.sock}, then Docker Desktop's {@code ~/.docker/run/docker.sock}.
 * The first that exists wins; when none exists the system socket is named anyway, so that the
 * "cannot reach" message says where the daemon was expected.
 */
public final class DefaultSocketSource implements EndpointSource {

    static final String SOURCE = "default socket";

    private final Path systemSocket;

    /** @param systemSocket {@code /var/run/docker.sock} in production; a temporary path in tests */
    public DefaultSocketSource(Path systemSocket) {
        this.systemSocket = systemSocket;
    }

    @Override
    public Optional<Located> locate(DiscoveryEnvironment environment, List<String> tried) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(systemSocket);
        environment.variable("XDG_RUNTIME_DIR").ifPresent(dir -> candidates.add(Path.of(dir, "docker.sock")));
        candidates.add(environment.home().resolve(".docker").resolve("run").resolve("docker.sock"));
        for (Path socket : candidates) {
            boolean exists = Files.exists(socket);
            tried.add(socket + (exists ? "" : " (no such file)"));
            if (exists) {
                return Optional.of(located(socket));
            }
        }
        return Optional.of(located(systemSocket));
    }

    private static Located located(Path socket) {
        return new Located("unix://" + socket.toAbsolutePath(), SOURCE, ContextSource.DEFAULT_CONTEXT);
    }
}
