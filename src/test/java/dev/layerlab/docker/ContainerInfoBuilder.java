package dev.layerlab.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ContainerInfo} for tests. Its ID derives from its name and its image ID from its image
 * reference the same way {@link ImageInfoBuilder} derives it, so a container "from nginx" matches
 * {@code FakeDockerGateway.newImage("nginx:latest")} without wiring.
 */
public final class ContainerInfoBuilder {

    private final String name;
    private String id;
    private final String image;
    private String imageId;
    private ContainerState state;
    private Integer exitCode;
    private final List<PortBinding> ports = new ArrayList<>();
    private final List<MountInfo> mounts = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    ContainerInfoBuilder(String name, String image, ContainerState state) {
        this.name = name;
        this.id = FakeIds.hex("container " + name);
        this.image = image;
        this.imageId = FakeIds.imageId(image);
        this.state = state;
        this.exitCode = state == ContainerState.EXITED ? 0 : null;
    }

    public ContainerInfoBuilder id(String id) {
        this.id = id;
        return this;
    }

    public ContainerInfoBuilder imageId(String imageId) {
        this.imageId = imageId;
        return this;
    }

    /** Exited with this code. */
    public ContainerInfoBuilder exited(int code) {
        this.state = ContainerState.EXITED;
        this.exitCode = code;
        return this;
    }

    /** {@code -p hostPort:containerPort} on 0.0.0.0, tcp. */
    public ContainerInfoBuilder publish(int hostPort, int containerPort) {
        ports.add(new PortBinding(containerPort, "tcp", "0.0.0.0", hostPort));
        return this;
    }

    /** An exposed port that is not published. */
    public ContainerInfoBuilder expose(int containerPort) {
        ports.add(new PortBinding(containerPort, "tcp", null, null));
        return this;
    }

    public ContainerInfoBuilder volume(String volume, String destination) {
        mounts.add(new MountInfo("volume", volume, "/var/lib/docker/volumes/" + volume + "/_data", destination));
        return this;
    }

    public ContainerInfoBuilder bind(String hostPath, String destination) {
        mounts.add(new MountInfo("bind", "", hostPath, destination));
        return this;
    }

    public ContainerInfoBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    public ContainerInfo build() {
        return new ContainerInfo(id, name, image, imageId, state, exitCode, ports, mounts, labels);
    }
}
