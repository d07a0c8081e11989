package dev.layerlab.session;

import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.NetworkInfo;
import dev.layerlab.docker.VolumeInfo;
import dev.layerlab.lesson.Cleanup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes exactly the objects a lesson names in its cleanup, and nothing else: a learner's own
 * containers, images and volumes are never touched.
 */
public final class LessonCleaner {

    private final DockerGateway docker;

    public LessonCleaner(DockerGateway docker) {
        this.docker = docker;
    }

    /** The named objects that exist now, e.g. {@code container "web"}. */
    public List<String> existing(Cleanup cleanup) {
        List<String> found = new ArrayList<>();
        Set<String> containers = docker.containers().stream().map(ContainerInfo::name).collect(Collectors.toSet());
        cleanup.containers().stream().filter(containers::contains).forEach(n -> found.add("container \"" + n + "\""));
        for (String image : cleanup.images()) {
            docker.image(image).map(ImageInfo::id).ifPresent(id -> found.add("image \"" + image + "\""));
        }
        Set<String> volumes = docker.volumes().stream().map(VolumeInfo::name).collect(Collectors.toSet());
        cleanup.volumes().stream().filter(volumes::contains).forEach(n -> found.add("volume \"" + n + "\""));
        Set<String> networks = docker.networks().stream().map(NetworkInfo::name).collect(Collectors.toSet());
        cleanup.networks().stream().filter(networks::contains).forEach(n -> found.add("network \"" + n + "\""));
        return found;
    }

    /** Removes the named objects that exist (containers first, as they hold volumes, images and networks); returns what was removed. */
    public List<String> clean(Cleanup cleanup) {
        List<String> removed = existing(cleanup);
        cleanup.containers().forEach(docker::removeContainer);
        cleanup.networks().forEach(docker::removeNetwork);
        cleanup.volumes().forEach(docker::removeVolume);
        cleanup.images().forEach(docker::removeImage);
        return removed;
    }
}
