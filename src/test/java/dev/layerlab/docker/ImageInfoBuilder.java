package dev.layerlab.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@link ImageInfo} for tests: one tag, one layer, no ports, CMD {@code sh}, unless told otherwise. */
public final class ImageInfoBuilder {

    private String id;
    private final List<String> tags = new ArrayList<>();
    private final List<String> digests = new ArrayList<>();
    private final List<String> layers = new ArrayList<>(List.of("sha256:" + FakeIds.hex("layer 0")));
    private final List<String> exposed = new ArrayList<>();
    private List<String> cmd = List.of("sh");
    private List<String> entrypoint = List.of();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String workingDir = "";
    private long size = 5_000_000;

    ImageInfoBuilder(String tag) {
        this.id = FakeIds.imageId(tag);
        tags.add(tag);
    }

    public ImageInfoBuilder id(String id) {
        this.id = id.startsWith("sha256:") ? id : "sha256:" + id;
        return this;
    }

    public ImageInfoBuilder tag(String tag) {
        tags.add(tag);
        return this;
    }

    public ImageInfoBuilder digest(String digest) {
        digests.add(digest);
        return this;
    }

    /** Exactly {@code count} layers. */
    public ImageInfoBuilder layers(int count) {
        layers.clear();
        for (int i = 0; i < count; i++) {
            layers.add("sha256:" + FakeIds.hex("layer " + i));
        }
        return this;
    }

    public ImageInfoBuilder expose(String port) {
        exposed.add(port);
        return this;
    }

    public ImageInfoBuilder cmd(String... cmd) {
        this.cmd = List.of(cmd);
        return this;
    }

    public ImageInfoBuilder entrypoint(String... entrypoint) {
        this.entrypoint = List.of(entrypoint);
        return this;
    }

    public ImageInfoBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    public ImageInfoBuilder workdir(String dir) {
        this.workingDir = dir;
        return this;
    }

    public ImageInfoBuilder size(long bytes) {
        this.size = bytes;
        return this;
    }

    public ImageInfo build() {
        return new ImageInfo(id, tags, digests, layers, exposed, cmd, entrypoint, labels, workingDir, size);
    }
}
