package dev.layerlab.check;

import java.util.Map;

/**
 * A lesson step's use of a named check, e.g. {@code - container-running: { name: web }}.
 * Argument values may refer to captured values as {@code ${first_id}}.
 */
public record CheckCall(String name, Map<String, String> args) {

    public CheckCall {
        args = Map.copyOf(args);
    }
}
