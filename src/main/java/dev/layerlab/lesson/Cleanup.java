package dev.layerlab.lesson;

import java.util.List;

/**
 * The Docker objects a lesson creates, by name; reset and cleanup remove exactly these and
 * nothing else. Images listed here are removed by cleanup; images listed in the lesson's
 * {@code images:} are kept (they are what the lesson starts from).
 */
public record Cleanup(List<String> containers, List<String> images, List<String> volumes, List<String> networks) {

    public static final Cleanup NONE = new Cleanup(List.of(), List.of(), List.of(), List.of());

    public Cleanup {
        containers = List.copyOf(containers);
        images = List.copyOf(images);
        volumes = List.copyOf(volumes);
        networks = List.copyOf(networks);
    }

    public boolean isEmpty() {
        return containers.isEmpty() && images.isEmpty() && volumes.isEmpty() && networks.isEmpty();
    }
}
