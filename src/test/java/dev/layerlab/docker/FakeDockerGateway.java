package dev.layerlab.docker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mutable in-memory daemon for tests of every package: add and remove images, containers,
 * files, diffs and volumes; make it unreachable; fire events to subscribers. Records removals and
 * counts calls. Thread-safe.
 */
public final class FakeDockerGateway implements DockerGateway {

    private final Map<String, ImageInfo> images = new LinkedHashMap<>();
    private final Map<String, List<HistoryEntry>> histories = new HashMap<>();
    private final Map<String, ContainerInfo> containers = new LinkedHashMap<>();
    private final Map<String, Map<String, byte[]>> files = new HashMap<>();
    private final Map<String, List<Change>> diffs = new HashMap<>();
    private final Map<String, VolumeInfo> volumes = new LinkedHashMap<>();
    private final Map<String, NetworkInfo> networks = new LinkedHashMap<>();
    private final List<String> removals = new ArrayList<>();
    private final Map<String, AtomicInteger> calls = new HashMap<>();
    private final List<DaemonListener> listeners = new CopyOnWriteArrayList<>();
    private Endpoint endpoint = new Endpoint("unix:///var/run/docker.sock", "default socket", "default", List.of("default socket"));
    private volatile boolean unreachable;

    /** An image with one tag, one layer and a deterministic ID. */
    public static ImageInfoBuilder newImage(String tag) {
        return new ImageInfoBuilder(tag);
    }

    /** A container created from {@code image}, with a deterministic ID. */
    public static ContainerInfoBuilder newContainer(String name, String image, ContainerState state) {
        return new ContainerInfoBuilder(name, image, state);
    }

    // --- setting up state ---

    public synchronized FakeDockerGateway addImage(ImageInfo image) {
        images.put(image.id(), image);
        return this;
    }

    public FakeDockerGateway addImage(ImageInfoBuilder image) {
        return addImage(image.build());
    }

    /** The {@code docker history} of the image that {@code ref} names now, newest first. */
    public synchronized FakeDockerGateway setHistory(String ref, List<HistoryEntry> history) {
        ImageInfo image = findImage(ref).orElseThrow(() -> new IllegalArgumentException("no fake image " + ref));
        histories.put(image.id(), List.copyOf(history));
        return this;
    }

    public synchronized FakeDockerGateway addContainer(ContainerInfo container) {
        containers.put(container.id(), container);
        return this;
    }

    public FakeDockerGateway addContainer(ContainerInfoBuilder container) {
        return addContainer(container.build());
    }

    public synchronized FakeDockerGateway putFile(String container, String path, String content) {
        String id = findContainer(container).orElseThrow(() -> new IllegalArgumentException("no fake container " + container)).id();
        files.computeIfAbsent(id, k -> new HashMap<>()).put(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    public synchronized FakeDockerGateway setDiff(String container, List<Change> changes) {
        String id = findContainer(container).orElseThrow(() -> new IllegalArgumentException("no fake container " + container)).id();
        diffs.put(id, List.copyOf(changes));
        return this;
    }

    public synchronized FakeDockerGateway addVolume(String name) {
        volumes.put(name, new VolumeInfo(name, "local", Map.of()));
        return this;
    }

    public synchronized FakeDockerGateway addNetwork(String name) {
        networks.put(name, new NetworkInfo(FakeIds.hex("network " + name), name));
        return this;
    }

    public synchronized FakeDockerGateway setEndpoint(Endpoint endpoint) {
        this.endpoint = endpoint;
        return this;
    }

    /** While true, every daemon call throws {@link DaemonUnreachableException}. */
    public void setUnreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    // --- observing what happened ---

    /** What was removed, in order: {@code container web}, {@code image nginx}, {@code volume data}, {@code network n}. */
    public synchronized List<String> removals() {
        return List.copyOf(removals);
    }

    /** How often a method was called, e.g. {@code calls("containers")}. */
    public synchronized int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    public int listenerCount() {
        return listeners.size();
    }

    public void fireEvent(DaemonEvent event) {
        listeners.forEach(l -> l.onEvent(event));
    }

    public void fireConnection(boolean reachable, String message) {
        listeners.forEach(l -> l.onConnection(reachable, message));
    }

    // --- the gateway ---

    private void call(String method) {
        calls.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
        if (unreachable) {
            throw new DaemonUnreachableException("cannot reach the Docker daemon at " + endpoint.uri(),
                    "start Docker (sudo systemctl start docker)", null);
        }
    }

    private Optional<ImageInfo> findImage(String ref) {
        String given = ref.startsWith("sha256:") ? ref.substring(7) : ref;
        String normal = FakeIds.normalise(ref);
        return images.values().stream()
                .filter(i -> (given.length() >= 12 && i.id().substring(7).startsWith(given))
                        || i.repoTags().stream().anyMatch(t -> FakeIds.normalise(t).equals(normal))
                        || i.repoDigests().stream().anyMatch(d -> FakeIds.normalise(d).equals(normal)))
                .findFirst();
    }

    private Optional<ContainerInfo> findContainer(String nameOrId) {
        return containers.values().stream().filter(c -> c.name().equals(nameOrId)).findFirst()
                .or(() -> containers.values().stream().filter(c -> nameOrId.length() >= 4 && c.id().startsWith(nameOrId)).findFirst());
    }

    @Override
    public synchronized Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public synchronized DaemonInfo info() {
        call("info");
        return new DaemonInfo("20.10.24", "1.41", "linux", "amd64");
    }

    @Override
    public synchronized List<ImageInfo> images() {
        call("images");
        return List.copyOf(images.values());
    }

    @Override
    public synchronized Optional<ImageInfo> image(String ref) {
        call("image");
        return findImage(ref);
    }

    @Override
    public synchronized List<HistoryEntry> history(String ref) {
        call("history");
        return findImage(ref).map(i -> histories.getOrDefault(i.id(), List.of())).orElse(List.of());
    }

    @Override
    public synchronized List<ContainerInfo> containers() {
        call("containers");
        return List.copyOf(containers.values());
    }

    @Override
    public synchronized Optional<ContainerInfo> container(String nameOrId) {
        call("container");
        return findContainer(nameOrId);
    }

    @Override
    public synchronized Optional<byte[]> readFile(String container, String path) {
        call("readFile");
        ContainerInfo found = findContainer(container)
                .orElseThrow(() -> new NoSuchObjectException("no container named \"" + container + "\" exists"));
        return Optional.ofNullable(files.getOrDefault(found.id(), Map.of()).get(path)).map(byte[]::clone);
    }

    /** A file put with {@link #putFile}, or a directory: a path some put file lies under. */
    @Override
    public synchronized Optional<FileStat> statFile(String container, String path) {
        call("statFile");
        ContainerInfo found = findContainer(container)
                .orElseThrow(() -> new NoSuchObjectException("no container named \"" + container + "\" exists"));
        Map<String, byte[]> inContainer = files.getOrDefault(found.id(), Map.of());
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (inContainer.containsKey(path)) {
            return Optional.of(new FileStat(name, inContainer.get(path).length, false));
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        boolean directory = inContainer.keySet().stream().anyMatch(p -> p.startsWith(prefix));
        return directory ? Optional.of(new FileStat(name, 4096, true)) : Optional.empty();
    }

    @Override
    public synchronized List<Change> diff(String container) {
        call("diff");
        ContainerInfo found = findContainer(container)
                .orElseThrow(() -> new NoSuchObjectException("no container named \"" + container + "\" exists"));
        return diffs.getOrDefault(found.id(), List.of());
    }

    @Override
    public synchronized List<VolumeInfo> volumes() {
        call("volumes");
        return List.copyOf(volumes.values());
    }

    @Override
    public synchronized List<NetworkInfo> networks() {
        call("networks");
        return List.copyOf(networks.values());
    }

    @Override
    public synchronized void removeContainer(String nameOrId) {
        call("removeContainer");
        removals.add("container " + nameOrId);
        findContainer(nameOrId).ifPresent(c -> {
            containers.remove(c.id());
            files.remove(c.id());
            diffs.remove(c.id());
        });
    }

    @Override
    public synchronized void removeImage(String ref) {
        call("removeImage");
        removals.add("image " + ref);
        findImage(ref).ifPresent(image -> {
            List<String> others = image.repoTags().stream().filter(t -> !FakeIds.normalise(t).equals(FakeIds.normalise(ref))).toList();
            images.remove(image.id());
            if (!others.isEmpty() && !ref.startsWith("sha256:") && !image.id().substring(7).startsWith(ref)) {
                images.put(image.id(), new ImageInfo(image.id(), others, image.repoDigests(), image.layers(), image.exposedPorts(),
                        image.cmd(), image.entrypoint(), image.labels(), image.workingDir(), image.size()));
            }
        });
    }

    @Override
    public synchronized void removeVolume(String name) {
        call("removeVolume");
        removals.add("volume " + name);
        volumes.remove(name);
    }

    @Override
    public synchronized void removeNetwork(String name) {
        call("removeNetwork");
        removals.add("network " + name);
        networks.remove(name);
    }

    /** Keeps the listener until the subscription is closed; never touches the daemon. */
    @Override
    public EventSubscription subscribe(DaemonListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }

    /** Removes a container the way a learner's {@code docker rm} would: no removal recorded. */
    public synchronized FakeDockerGateway dropContainer(String nameOrId) {
        findContainer(nameOrId).ifPresent(c -> containers.remove(c.id()));
        return this;
    }

    /** Removes an image the way a learner's {@code docker rmi -f} would: no removal recorded. */
    public synchronized FakeDockerGateway dropImage(String ref) {
        findImage(ref).ifPresent(i -> images.remove(i.id()));
        return this;
    }
}
