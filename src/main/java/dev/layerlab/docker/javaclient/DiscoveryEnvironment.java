package dev.layerlab.docker.javaclient;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What daemon discovery reads: the environment variables and the home directory, passed in so
 * that tests can use a temporary home instead of the real one.
 *
 * @param env environment variables, e.g. {@code System.getenv()}
 * @param home the user's home directory
 */
public record DiscoveryEnvironment(Map<String, String> env, Path home) {

    public DiscoveryEnvironment {
        env = Map.copyOf(env);
    }

    /** A variable's value, empty when unset or blank. */
    public Optional<String> variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The docker CLI's configuration directory: {@code $DOCKER_CONFIG}, else {@code ~/.docker}. */
    public Path dockerConfigDir() {
        return variable("DOCKER_CONFIG").map(Path::of).orElse(home.resolve(".docker"));
    }
}
