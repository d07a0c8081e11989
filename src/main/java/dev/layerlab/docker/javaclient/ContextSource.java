package dev.layerlab.docker.javaclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The current docker context: {@code DOCKER_CONTEXT}, else {@code currentContext} in
 * {@code config.json}. Its address is in {@code contexts/meta/<sha256 of the name>/meta.json},
 * field {@code Endpoints.docker.Host}. The context {@code default} means the default socket, so
 * this source then lets the next one answer.
 */
public final class ContextSource implements EndpointSource {

    static final String DEFAULT_CONTEXT = "default";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Optional<Located> locate(DiscoveryEnvironment environment, List<String> tried) {
        Optional<String> name = contextName(environment, tried);
        if (name.isEmpty() || name.get().equals(DEFAULT_CONTEXT)) {
            return Optional.empty();
        }
        Path meta = environment.dockerConfigDir().resolve("contexts").resolve("meta")
                .resolve(sha256Hex(name.get())).resolve("meta.json");
        Optional<String> host = read(meta).map(node -> node.path("Endpoints").path("docker").path("Host").asText(""))
                .filter(h -> !h.isBlank());
        String label = "context \"" + name.get() + "\"";
        tried.add(label + (host.isPresent() ? ": " + host.get() : ": no docker endpoint in " + meta));
        return host.map(h -> new Located(h, label, name.get()));
    }

    private Optional<String> contextName(DiscoveryEnvironment environment, List<String> tried) {
        Optional<String> fromEnv = environment.variable("DOCKER_CONTEXT");
        if (fromEnv.isPresent()) {
            tried.add("DOCKER_CONTEXT=" + fromEnv.get());
            return fromEnv;
        }
        Path config = environment.dockerConfigDir().resolve("config.json");
        Optional<String> current = read(config).map(node -> node.path("currentContext").asText(""))
                .filter(c -> !c.isBlank());
        tried.add(config + (current.isPresent() ? ": currentContext \"" + current.get() + "\"" : ": no current context"));
        return current;
    }

    /** The file as JSON; empty when missing or unreadable, since a broken file means "not configured" here. */
    private Optional<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readTree(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
