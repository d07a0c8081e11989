package dev.layerlab.docker;

/**
 * What the daemon says about a path inside a container, without its content.
 *
 * @param name the base name of what was found (the target's, when the path was a symbolic link)
 * @param size the size in bytes (for a directory, what the file system reports for it)
 * @param directory whether it is a directory
 */
public record FileStat(String name, long size, boolean directory) {
}
