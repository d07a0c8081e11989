package dev.layerlab.docker;

/** A network. */
public record NetworkInfo(String id, String name) {
}
