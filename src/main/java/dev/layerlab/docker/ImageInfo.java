package dev.layerlab.docker;

import java.util.List;
import java.util.Map;

/**
 * An image as {@code docker image inspect} describes it.
 *
 * @param id the full ID, {@code sha256:...}
 * @param repoTags e.g. {@code nginx:latest}
 * @param repoDigests e.g. {@code nginx@sha256:...}
 * @param layers the root filesystem layer digests, bottom first
 * @param exposedPorts e.g. {@code 80/tcp}
 * @param cmd the default command, empty when none
 * @param entrypoint the entrypoint, empty when none
 * @param labels image labels
 * @param workingDir the working directory, empty when unset
 * @param size bytes
 */
public record ImageInfo(String id, List<String> repoTags, List<String> repoDigests, List<String> layers,
        List<String> exposedPorts, List<String> cmd, List<String> entrypoint, Map<String, String> labels,
        String workingDir, long size) {

    public ImageInfo {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        layers = List.copyOf(layers);
        exposedPorts = List.copyOf(exposedPorts);
        cmd = List.copyOf(cmd);
        entrypoint = List.copyOf(entrypoint);
        labels = Map.copyOf(labels);
    }

    /** The 12-character ID that {@code docker images} prints. */
    public String shortId() {
        return ShortIds.shorten(id);
    }
}
