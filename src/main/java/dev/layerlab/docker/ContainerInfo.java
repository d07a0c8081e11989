package dev.layerlab.docker;

import java.util.List;
import java.util.Map;

/**
 * A container.
 *
 * @param id the full ID
 * @param name the name without the leading slash
 * @param image the image as the container was created from it, e.g. {@code nginx}
 * @param imageId the full image ID, {@code sha256:...}
 * @param state the state
 * @param exitCode the exit code when the container has exited, otherwise null
 * @param ports exposed and published ports
 * @param mounts volumes and bind mounts
 * @param labels container labels
 */
public record ContainerInfo(String id, String name, String image, String imageId, ContainerState state,
        Integer exitCode, List<PortBinding> ports, List<MountInfo> mounts, Map<String, String> labels) {

    public ContainerInfo {
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        labels = Map.copyOf(labels);
    }

    public String shortId() {
        return ShortIds.shorten(id);
    }

    /** {@code Running}, {@code Exited (137)}, ... */
    public String stateDisplay() {
        return state == ContainerState.EXITED && exitCode != null ? "Exited (" + exitCode + ")" : state.display();
    }
}
