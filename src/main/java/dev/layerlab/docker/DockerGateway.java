package dev.layerlab.docker;

import java.util.List;
import java.util.Optional;

/**
 * The Docker daemon as layerlab sees it. Every call is bounded in time: it returns, or throws
 * {@link DockerException} (a {@link DaemonUnreachableException} when the daemon cannot be
 * reached, a {@link DockerTimeoutException} when it does not answer in time). Implementations
 * are thread-safe.
 */
public interface DockerGateway extends AutoCloseable {

    /** Where the daemon is and how it was found. Never touches the daemon. */
    Endpoint endpoint();

    /** Version information; the cheapest way to learn whether the daemon answers. */
    DaemonInfo info();

    /**
     * All local images, from the image list: ID, tags, digests, labels and size. Layers, exposed
     * ports, command, entrypoint and working directory are left empty here; {@link #image(String)}
     * fills them.
     */
    List<ImageInfo> images();

    /** One image by reference ({@code nginx}, {@code nginx:alpine}, an ID or a digest), empty when absent. */
    Optional<ImageInfo> image(String ref);

    /** The layers of an image, newest first, as {@code docker history} prints them. Empty when absent. */
    List<HistoryEntry> history(String ref);

    /** All containers, running or not, as {@code docker ps -a} lists them. */
    List<ContainerInfo> containers();

    /** One container by name or (short) ID, inspected; empty when absent. */
    Optional<ContainerInfo> container(String nameOrId);

    /**
     * The content of a regular file inside a container, read through the archive API so that it
     * works on stopped containers too. Empty when the path does not exist.
     *
     * @throws NoSuchObjectException when the container does not exist
     */
    Optional<byte[]> readFile(String container, String path);

    /**
     * Whether a path exists inside a container (running or stopped), and what it is, without
     * reading its content: much cheaper than {@link #readFile} on a stopped container. Symbolic
     * links are followed as {@link #readFile} follows them; empty when the path, or the target of
     * a link, does not exist.
     *
     * <p>The default reads the whole file, and so cannot tell a directory from an empty file;
     * implementations that can ask the daemon for the metadata alone override it.
     *
     * @throws NoSuchObjectException when the container does not exist
     */
    default Optional<FileStat> statFile(String container, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return readFile(container, path).map(content -> new FileStat(name, content.length, false));
    }

    /** What {@code docker diff} prints for a container. */
    List<Change> diff(String container);

    /** All volumes. */
    List<VolumeInfo> volumes();

    /** All networks. */
    List<NetworkInfo> networks();

    /** Removes a container, running or not. Absent is not an error. */
    void removeContainer(String nameOrId);

    /** Removes an image reference (untags; deletes when it was the last). Absent is not an error. */
    void removeImage(String ref);

    /** Removes a volume. Absent is not an error. */
    void removeVolume(String name);

    /** Removes a network. Absent is not an error. */
    void removeNetwork(String name);

    /**
     * Subscribes to daemon events. The listener hears every event, and whether the daemon is
     * reachable; when the connection drops the subscription reconnects by itself, with back-off,
     * until closed.
     */
    EventSubscription subscribe(DaemonListener listener);

    @Override
    void close();
}
