package dev.layerlab.docker.javaclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.FileStat;
import dev.layerlab.docker.NoSuchObjectException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Stats a path in a container with {@code HEAD /containers/{id}/archive?path=...}: the daemon
 * answers with the header {@code X-Docker-Container-Path-Stat} (base64 JSON: name, size, mode,
 * linkTarget) and no body. On a stopped container this costs a few milliseconds where the GET of
 * the archive costs tens, because nothing is packed into a tar. docker-java has no command for
 * it, so the request goes through its transport.
 */
final class ArchiveStat {

    static final String HEADER = "X-Docker-Container-Path-Stat";
    private static final int MAX_LINKS = 8;
    /** Go's {@code os.ModeDir} bit of the {@code mode} field (links are told by {@code linkTarget}). */
    private static final long MODE_DIR = 1L << 31;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;
    private final DockerClient docker;
    private final String container;

    ArchiveStat(DockerHttpClient http, DockerClient docker, String container) {
        this.http = http;
        this.docker = docker;
        this.container = container;
    }

    /**
     * @return what the path is, after following symbolic links; empty when absent
     * @throws NoSuchObjectException when the container does not exist
     */
    Optional<FileStat> stat(String path) throws IOException {
        String current = path;
        for (int hop = 0; hop <= MAX_LINKS; hop++) {
            Optional<JsonNode> found = head(current);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            JsonNode stat = found.get();
            String link = stat.path("linkTarget").asText("");
            if (link.isEmpty()) {
                return Optional.of(new FileStat(stat.path("name").asText(""), stat.path("size").asLong(),
                        (stat.path("mode").asLong() & MODE_DIR) != 0));
            }
            // The daemon resolves the link within the container's root already; loop only for safety.
            current = ArchiveFiles.resolve(current, link);
        }
        return Optional.empty(); // a link loop: nothing there
    }

    private Optional<JsonNode> head(String path) throws IOException {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method("HEAD") // not in docker-java's Method enum, but its Apache transport sends any method
                .path("/containers/" + encode(container) + "/archive?path=" + encode(path))
                .build();
        try (DockerHttpClient.Response response = http.execute(request)) {
            int status = response.getStatusCode();
            if (status == 404) {
                // The same 404, without a body to tell them apart, means "no such container" and "no such path".
                if (JavaDockerGateway.inspect(docker, container).isEmpty()) {
                    throw new NoSuchObjectException("No such container: " + container);
                }
                return Optional.empty();
            }
            String header = response.getHeader(HEADER);
            if (status != 200 || header == null) {
                throw new DockerException("Docker could not stat " + path + " in container " + container + ": HTTP " + status
                        + (header == null ? " without a " + HEADER + " header" : ""), "");
            }
            return Optional.of(JSON.readTree(Base64.getDecoder().decode(header.strip())));
        }
    }

    /** Percent-encoding for a path segment or a query value: {@code +} would mean a plus sign in a path. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
