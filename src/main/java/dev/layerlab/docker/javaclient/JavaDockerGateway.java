package dev.layerlab.docker.javaclient;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Version;
import dev.layerlab.docker.Change;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.DaemonInfo;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.Endpoint;
import dev.layerlab.docker.EventSubscription;
import dev.layerlab.docker.FileStat;
import dev.layerlab.docker.HistoryEntry;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.NetworkInfo;
import dev.layerlab.docker.NoSuchObjectException;
import dev.layerlab.docker.VolumeInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@link DockerGateway} over docker-java. Every call runs on a worker and is bounded by
 * {@link GatewaySettings#callTimeout()}; after the daemon was found unreachable, calls fail fast
 * for {@link GatewaySettings#failFastWindow()}. Creating the gateway is cheap: the client is
 * built on the first call.
 */
public final class JavaDockerGateway implements DockerGateway {

    private final Endpoint endpoint;
    private final GatewaySettings settings;
    private final ClientHolder clients;
    private final BoundedCalls calls;
    private final Set<EventStream> subscriptions = ConcurrentHashMap.newKeySet();

    private JavaDockerGateway(Endpoint endpoint, GatewaySettings settings) {
        this.endpoint = endpoint;
        this.settings = settings;
        Duration connect = settings.callTimeout().compareTo(Duration.ofSeconds(3)) < 0 ? settings.callTimeout() : Duration.ofSeconds(3);
        this.clients = new ClientHolder(endpoint.uri(), connect);
        ReachabilityGate gate = new ReachabilityGate(settings.failFastWindow(), System::nanoTime);
        this.calls = new BoundedCalls(settings.callTimeout(), gate, new Failures(endpoint));
    }

    /** Finds the daemon as the docker CLI would (see {@link DaemonDiscovery}); touches no socket. */
    public static JavaDockerGateway connect(Map<String, String> env, Path home) {
        return connect(env, home, GatewaySettings.defaults());
    }

    public static JavaDockerGateway connect(Map<String, String> env, Path home, GatewaySettings settings) {
        return forEndpoint(DaemonDiscovery.standard().discover(env, home), settings);
    }

    /** A gateway for a known endpoint; touches no socket. */
    public static JavaDockerGateway forEndpoint(Endpoint endpoint) {
        return forEndpoint(endpoint, GatewaySettings.defaults());
    }

    public static JavaDockerGateway forEndpoint(Endpoint endpoint, GatewaySettings settings) {
        return new JavaDockerGateway(endpoint, settings);
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public DaemonInfo info() {
        return call("read the daemon version", docker -> {
            Version v = docker.versionCmd().exec();
            return new DaemonInfo(v.getVersion(), v.getApiVersion(), v.getOperatingSystem(), v.getArch());
        });
    }

    @Override
    public List<ImageInfo> images() {
        return call("list images", docker -> docker.listImagesCmd().exec().stream().map(ImageMapper::fromList).toList());
    }

    @Override
    public Optional<ImageInfo> image(String ref) {
        return call("inspect image " + ref, docker -> absentIfNotFound(() -> ImageMapper.fromInspect(docker.inspectImageCmd(ref).exec())));
    }

    @Override
    public List<HistoryEntry> history(String ref) {
        return call("read the history of image " + ref, docker -> absentIfNotFound(() -> docker.imageHistoryCmd(ref).exec())
                .map(rows -> rows.stream().map(ImageMapper::history).toList()).orElse(List.of()));
    }

    @Override
    public List<ContainerInfo> containers() {
        return call("list containers", docker -> docker.listContainersCmd().withShowAll(true).exec().stream()
                .map(ContainerMapper::fromList).toList());
    }

    @Override
    public Optional<ContainerInfo> container(String nameOrId) {
        return call("inspect container " + nameOrId, docker -> inspect(docker, nameOrId).map(ContainerMapper::fromInspect));
    }

    @Override
    public Optional<byte[]> readFile(String container, String path) {
        return call("read " + path + " in container " + container, docker -> new ArchiveFiles(docker, container).read(path));
    }

    @Override
    public Optional<FileStat> statFile(String container, String path) {
        var http = clients.http();
        return call("look for " + path + " in container " + container, docker -> new ArchiveStat(http, docker, container).stat(path));
    }

    @Override
    public List<Change> diff(String container) {
        return call("list the changes of container " + container, docker -> {
            List<ChangeLog> changes;
            try {
                changes = docker.containerDiffCmd(container).exec();
            } catch (NotFoundException e) {
                throw new NoSuchObjectException("No such container: " + container);
            }
            return changes == null ? List.<Change>of() : changes.stream().map(JavaDockerGateway::change).toList();
        });
    }

    @Override
    public List<VolumeInfo> volumes() {
        return call("list volumes", docker -> {
            var volumes = docker.listVolumesCmd().exec().getVolumes();
            return volumes == null ? List.<VolumeInfo>of() : volumes.stream()
                    .map(v -> new VolumeInfo(v.getName(), ContainerMapper.orDefault(v.getDriver(), ""), ContainerMapper.labels(v.getLabels())))
                    .toList();
        });
    }

    @Override
    public List<NetworkInfo> networks() {
        return call("list networks", docker -> docker.listNetworksCmd().exec().stream()
                .map(n -> new NetworkInfo(n.getId(), n.getName())).toList());
    }

    @Override
    public void removeContainer(String nameOrId) {
        remove("remove container " + nameOrId, settings.callTimeout(),
                docker -> docker.removeContainerCmd(nameOrId).withForce(true).exec());
    }

    @Override
    public void removeImage(String ref) {
        remove("remove image " + ref, settings.slowCallTimeout(), docker -> docker.removeImageCmd(ref).exec());
    }

    @Override
    public void removeVolume(String name) {
        remove("remove volume " + name, settings.callTimeout(), docker -> docker.removeVolumeCmd(name).exec());
    }

    @Override
    public void removeNetwork(String name) {
        remove("remove network " + name, settings.callTimeout(), docker -> docker.removeNetworkCmd(name).exec());
    }

    @Override
    public EventSubscription subscribe(DaemonListener listener) {
        EventStream stream = new EventStream(this::describeForReconnect, callback -> clients.get().eventsCmd().exec(callback),
                listener, settings.callTimeout());
        subscriptions.add(stream);
        stream.start();
        return () -> {
            subscriptions.remove(stream);
            stream.close();
        };
    }

    @Override
    public void close() {
        for (EventStream stream : subscriptions) {
            stream.close();
        }
        subscriptions.clear();
        calls.close();
        clients.close();
    }

    /** The reconnect probe: bypasses the fail-fast window, and its success reopens it. */
    private String describeForReconnect() {
        DockerClient docker = clients.get();
        Version v = calls.probe("ping", settings.callTimeout(), () -> docker.versionCmd().exec());
        return "Docker " + v.getVersion() + " at " + endpoint.uri() + " (" + endpoint.source() + ")";
    }

    private <T> T call(String what, DockerCall<T> body) {
        DockerClient docker = clients.get(); // built here, outside the time limit: it loads classes, not the daemon
        return calls.call(what, () -> body.run(docker));
    }

    /** Removal: absent is fine; a conflict (in use, predefined) becomes a clear error. */
    private void remove(String what, Duration limit, RemoveCall body) {
        DockerClient docker = clients.get();
        calls.call(what, limit, () -> {
            try {
                body.run(docker);
            } catch (NotFoundException e) {
                // already gone: the wanted outcome
            } catch (ConflictException e) {
                String message = Failures.daemonMessage(e);
                if (!message.contains("already in progress")) {
                    throw new DockerException("Cannot " + what + ": " + message,
                            "Remove what uses it first (e.g. `docker rm` the container), then try again.", e);
                }
            }
            return null;
        });
    }

    static Optional<com.github.dockerjava.api.command.InspectContainerResponse> inspect(DockerClient docker, String nameOrId) {
        return absentIfNotFound(() -> docker.inspectContainerCmd(nameOrId).exec());
    }

    private static <T> Optional<T> absentIfNotFound(Supplier<T> body) {
        try {
            return Optional.ofNullable(body.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** docker-java's kinds: 0 modified, 1 added, 2 deleted. */
    private static Change change(ChangeLog log) {
        Change.Kind kind = switch (log.getKind() == null ? 0 : log.getKind()) {
            case 1 -> Change.Kind.ADDED;
            case 2 -> Change.Kind.DELETED;
            default -> Change.Kind.CHANGED;
        };
        return new Change(kind, log.getPath());
    }

    @FunctionalInterface
    private interface DockerCall<T> {
        T run(DockerClient docker) throws Exception;
    }

    @FunctionalInterface
    private interface RemoveCall {
        void run(DockerClient docker) throws Exception;
    }
}
