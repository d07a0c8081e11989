package dev.layerlab.session;

import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.NetworkInfo;
import dev.layerlab.docker.VolumeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The objects on the daemon at one moment, to tell what a lesson left behind. */
record DaemonObjects(Map<String, String> containers, Map<String, String> images, Set<String> volumes, Set<String> networks) {

    static DaemonObjects read(DockerGateway docker) {
        return new DaemonObjects(
                docker.containers().stream().collect(Collectors.toMap(ContainerInfo::id, ContainerInfo::name, (a, b) -> a)),
                docker.images().stream().collect(Collectors.toMap(ImageInfo::id, DaemonObjects::imageName, (a, b) -> a)),
                docker.volumes().stream().map(VolumeInfo::name).collect(Collectors.toSet()),
                docker.networks().stream().map(NetworkInfo::name).collect(Collectors.toSet()));
    }

    /** What is here now and was not before, except the lesson's own images. */
    List<String> leftSince(DaemonObjects before, List<String> keptImages, DockerGateway docker) {
        Set<String> kept = keptImages.stream().map(docker::image).flatMap(java.util.Optional::stream)
                .map(ImageInfo::id).collect(Collectors.toSet());
        List<String> left = new ArrayList<>();
        added(containers, before.containers, "container", Function.identity(), left, Set.of());
        added(images, before.images, "image", Function.identity(), left, kept);
        volumes.stream().filter(v -> !before.volumes.contains(v)).forEach(v -> left.add("volume \"" + v + "\""));
        networks.stream().filter(n -> !before.networks.contains(n)).forEach(n -> left.add("network \"" + n + "\""));
        return left;
    }

    private static void added(Map<String, String> now, Map<String, String> before, String kind,
            Function<String, String> name, List<String> left, Set<String> kept) {
        now.forEach((id, n) -> {
            if (!before.containsKey(id) && !kept.contains(id)) {
                left.add(kind + " \"" + name.apply(n) + "\"");
            }
        });
    }

    private static String imageName(ImageInfo image) {
        return image.repoTags().isEmpty() ? image.shortId() : image.repoTags().get(0);
    }
}
