package dev.layerlab.docker.javaclient;

import java.util.List;
import java.util.Optional;

/** {@code DOCKER_HOST}: when set, the docker CLI uses it and ignores contexts. */
public final class DockerHostSource implements EndpointSource {

    @Override
    public Optional<Located> locate(DiscoveryEnvironment environment, List<String> tried) {
        Optional<String> host = environment.variable("DOCKER_HOST");
        tried.add(host.map(h -> "DOCKER_HOST=" + h).orElse("DOCKER_HOST (not set)"));
        return host.map(h -> new Located(h, "DOCKER_HOST", ContextSource.DEFAULT_CONTEXT));
    }
}
