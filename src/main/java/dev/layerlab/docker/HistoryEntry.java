package dev.layerlab.docker;

/** One line of {@code docker history}: the instruction that made a layer, and its size. */
public record HistoryEntry(String id, String createdBy, long size) {
}
