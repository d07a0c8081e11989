package dev.layerlab.check.primitive;

import dev.layerlab.check.ImageRef;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.ShortIds;
import java.util.Optional;

/** Finding the container or image a check names, and saying so when it is not there. */
final class Lookup {

    private Lookup() {
    }

    /** The container with this name or (short) ID. */
    static Optional<ContainerInfo> container(Probe probe, String nameOrId) {
        return probe.docker().container(nameOrId)
                .filter(c -> c.name().equals(nameOrId) || ShortIds.matches(c.id(), nameOrId));
    }

    static String noContainer(String nameOrId) {
        return "no container named " + Findings.quoted(nameOrId) + " exists";
    }

    /**
     * Whether the container was created from the image {@code ref}: the same reference once
     * normalised ({@code nginx} is {@code docker.io/library/nginx:latest}), or the same image ID
     * (the learner ran it by ID, or by another tag of the same image).
     */
    static boolean createdFrom(ContainerInfo container, String ref, Optional<ImageInfo> image) {
        if (image.isPresent() && container.imageId() != null && container.imageId().equals(image.get().id())) {
            return true;
        }
        if (ImageRef.looksLikeId(ref)) {
            return container.imageId() != null && ShortIds.matches(container.imageId(), ref);
        }
        return container.image() != null && !container.image().isBlank() && ImageRef.parse(ref).sameAs(container.image());
    }

    /** {@code nginx:latest (ID 1a2b3c4d5e6f)}, naming the tag the check asked about when the image has it. */
    static String describe(ImageInfo image, String ref) {
        String shown = image.repoTags().stream()
                .filter(tag -> !ImageRef.looksLikeId(ref) && ImageRef.parse(ref).sameAs(tag))
                .findFirst()
                .or(() -> image.repoTags().stream().findFirst())
                .orElse("<none>");
        return shown + " (ID " + image.shortId() + ")";
    }
}
