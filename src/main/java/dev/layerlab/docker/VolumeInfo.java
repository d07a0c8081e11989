package dev.layerlab.docker;

import java.util.Map;

/** A volume. */
public record VolumeInfo(String name, String driver, Map<String, String> labels) {

    public VolumeInfo {
        labels = Map.copyOf(labels);
    }
}
