package dev.layerlab.docker.javaclient;

import static dev.layerlab.docker.javaclient.ContainerMapper.labels;
import static dev.layerlab.docker.javaclient.ContainerMapper.orDefault;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.ImageHistory;
import dev.layerlab.docker.HistoryEntry;
import dev.layerlab.docker.ImageInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** docker-java's image models to {@link ImageInfo} and {@link HistoryEntry}. */
final class ImageMapper {

    /** What the daemon puts in RepoTags for an untagged image. */
    private static final String NONE_TAG = "<none>:<none>";
    private static final String NONE_DIGEST = "<none>@<none>";

    private ImageMapper() {
    }

    static ImageInfo fromInspect(InspectImageResponse i) {
        ContainerConfig config = i.getConfig();
        List<String> layers = i.getRootFS() == null || i.getRootFS().getLayers() == null ? List.of() : i.getRootFS().getLayers();
        List<String> ports = new ArrayList<>();
        if (config != null && config.getExposedPorts() != null) {
            for (ExposedPort p : config.getExposedPorts()) {
                ports.add(p.getPort() + "/" + p.getProtocol());
            }
        }
        return new ImageInfo(i.getId(), clean(i.getRepoTags()), clean(i.getRepoDigests()), layers, ports,
                config == null ? List.of() : list(config.getCmd()), config == null ? List.of() : list(config.getEntrypoint()),
                labels(config == null ? null : config.getLabels()), config == null ? "" : orDefault(config.getWorkingDir(), ""),
                i.getSize() == null ? 0 : i.getSize());
    }

    /**
     * A row of the image list. The list does not carry layers, ports, command, entrypoint or
     * working directory; those stay empty ({@code image(ref)} inspects for them).
     */
    static ImageInfo fromList(Image i) {
        return new ImageInfo(i.getId(), clean(list(i.getRepoTags())), clean(list(i.getRepoDigests())), List.of(), List.of(),
                List.of(), List.of(), labels(i.getLabels()), "", i.getSize() == null ? 0 : i.getSize());
    }

    static HistoryEntry history(ImageHistory h) {
        return new HistoryEntry(orDefault(h.getId(), "<missing>"), orDefault(h.getCreatedBy(), ""), h.getSize() == null ? 0 : h.getSize());
    }

    private static List<String> clean(List<String> refs) {
        if (refs == null) {
            return List.of();
        }
        return refs.stream().filter(r -> r != null && !r.equals(NONE_TAG) && !r.equals(NONE_DIGEST)).toList();
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(v -> v != null).toList();
    }
}
