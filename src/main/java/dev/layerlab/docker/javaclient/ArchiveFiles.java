package dev.layerlab.docker.javaclient;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.layerlab.docker.NoSuchObjectException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads files of a container through the archive API ({@code docker cp}), which works on
 * stopped containers too. Symbolic links are followed a few hops, as {@code cat} would.
 */
final class ArchiveFiles {

    private static final int MAX_LINKS = 8;

    private final DockerClient docker;
    private final String container;

    ArchiveFiles(DockerClient docker, String container) {
        this.docker = docker;
        this.container = container;
    }

    /**
     * @return the bytes of a regular file, empty bytes for a directory, empty when absent
     * @throws NoSuchObjectException when the container does not exist
     */
    Optional<byte[]> read(String path) throws IOException {
        String current = path;
        for (int hop = 0; hop <= MAX_LINKS; hop++) {
            Optional<TarEntry> entry = entry(current);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            if (entry.get().linkTarget() == null) {
                return Optional.of(entry.get().content());
            }
            current = resolve(current, entry.get().linkTarget());
        }
        return Optional.empty(); // a link loop: nothing readable there
    }

    private Optional<TarEntry> entry(String path) throws IOException {
        InputStream archive;
        try {
            archive = docker.copyArchiveFromContainerCmd(container, path).exec();
        } catch (NotFoundException e) {
            // The same 404 means "no such container" and "no such path": ask which.
            if (JavaDockerGateway.inspect(docker, container).isEmpty()) {
                throw new NoSuchObjectException("No such container: " + container);
            }
            return Optional.empty();
        }
        try (archive) {
            return TarEntry.first(archive);
        }
    }

    static String resolve(String linkPath, String target) {
        if (target.startsWith("/")) {
            return target;
        }
        int slash = linkPath.lastIndexOf('/');
        String dir = slash <= 0 ? "/" : linkPath.substring(0, slash + 1);
        return dir + target;
    }
}
