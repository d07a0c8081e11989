package dev.layerlab.docker;

/**
 * A mount of a container.
 *
 * @param type {@code volume}, {@code bind} or {@code tmpfs}
 * @param name the volume name for a volume mount, otherwise empty
 * @param source the host path or the volume's data path
 * @param destination the path inside the container
 */
public record MountInfo(String type, String name, String source, String destination) {
}
