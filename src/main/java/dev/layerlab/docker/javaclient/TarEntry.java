package dev.layerlab.docker.javaclient;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The first entry of the tar stream that the archive API returns for one path.
 *
 * @param content the bytes of a regular file; empty for a directory or a link
 * @param linkTarget the target when the path is a symbolic link, otherwise null
 */
record TarEntry(byte[] content, String linkTarget) {

    /** Reads the first entry; empty when the archive holds none. */
    static Optional<TarEntry> first(InputStream archive) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null) {
                return Optional.empty();
            }
            if (entry.isSymbolicLink()) {
                return Optional.of(new TarEntry(new byte[0], entry.getLinkName()));
            }
            return Optional.of(new TarEntry(entry.isFile() ? tar.readAllBytes() : new byte[0], null));
        }
    }
}
