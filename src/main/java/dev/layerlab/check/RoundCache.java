package dev.layerlab.check;

import dev.layerlab.docker.Change;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.DaemonInfo;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.Endpoint;
import dev.layerlab.docker.EventSubscription;
import dev.layerlab.docker.FileStat;
import dev.layerlab.docker.HistoryEntry;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.NetworkInfo;
import dev.layerlab.docker.VolumeInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The daemon as one round of checks sees it: every read is asked once and remembered, so that
 * five checks on container "web" cost one inspect. Lives for one {@link CheckEngine#run}; not
 * shared between threads. Writes are refused: checks only read.
 */
final class RoundCache implements DockerGateway {

    private final DockerGateway daemon;
    private final Map<String, Object> answers = new HashMap<>();

    RoundCache(DockerGateway daemon) {
        this.daemon = daemon;
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String key, Supplier<T> ask) {
        if (answers.containsKey(key)) {
            return (T) answers.get(key);
        }
        T answer = ask.get();
        answers.put(key, answer);
        return answer;
    }

    @Override
    public Endpoint endpoint() {
        return daemon.endpoint();
    }

    @Override
    public DaemonInfo info() {
        return once("info", daemon::info);
    }

    @Override
    public List<ImageInfo> images() {
        return once("images", daemon::images);
    }

    @Override
    public Optional<ImageInfo> image(String ref) {
        return once("image " + ref, () -> daemon.image(ref));
    }

    @Override
    public List<HistoryEntry> history(String ref) {
        return once("history " + ref, () -> daemon.history(ref));
    }

    @Override
    public List<ContainerInfo> containers() {
        return once("containers", daemon::containers);
    }

    /** Also remembered under the container's name and full ID: checks may name it either way. */
    @Override
    public Optional<ContainerInfo> container(String nameOrId) {
        Optional<ContainerInfo> found = once("container " + nameOrId, () -> daemon.container(nameOrId));
        found.ifPresent(c -> {
            answers.putIfAbsent("container " + c.name(), found);
            answers.putIfAbsent("container " + c.id(), found);
        });
        return found;
    }

    @Override
    public Optional<byte[]> readFile(String container, String path) {
        return once("file " + container + " " + path, () -> daemon.readFile(container, path));
    }

    @Override
    public Optional<FileStat> statFile(String container, String path) {
        return once("stat " + container + " " + path, () -> daemon.statFile(container, path));
    }

    @Override
    public List<Change> diff(String container) {
        return once("diff " + container, () -> daemon.diff(container));
    }

    @Override
    public List<VolumeInfo> volumes() {
        return once("volumes", daemon::volumes);
    }

    @Override
    public List<NetworkInfo> networks() {
        return once("networks", daemon::networks);
    }

    @Override
    public void removeContainer(String nameOrId) {
        throw readOnly();
    }

    @Override
    public void removeImage(String ref) {
        throw readOnly();
    }

    @Override
    public void removeVolume(String name) {
        throw readOnly();
    }

    @Override
    public void removeNetwork(String name) {
        throw readOnly();
    }

    @Override
    public EventSubscription subscribe(DaemonListener listener) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("checks only read the daemon");
    }

    /** Nothing to close: the daemon connection belongs to whoever made the engine. */
    @Override
    public void close() {
    }
}
