package dev.layerlab.docker;

import java.util.Map;

/**
 * One event from the daemon's event stream.
 *
 * @param type {@code container}, {@code image}, {@code volume}, {@code network}, ...
 * @param action {@code create}, {@code start}, {@code die}, {@code pull}, {@code tag}, ...
 * @param id the object's ID or name
 * @param attributes the actor's attributes, e.g. {@code name}
 */
public record DaemonEvent(String type, String action, String id, Map<String, String> attributes) {

    public DaemonEvent {
        attributes = Map.copyOf(attributes);
    }
}
