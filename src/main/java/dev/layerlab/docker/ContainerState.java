package dev.layerlab.docker;

import java.util.Locale;

/** The states of a container, as the daemon names them. */
public enum ContainerState {
    CREATED, RUNNING, PAUSED, RESTARTING, REMOVING, EXITED, DEAD;

    /** Parses the daemon's lower-case state name; unknown names become {@link #DEAD}. */
    public static ContainerState parse(String state) {
        try {
            return valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return DEAD;
        }
    }

    /** The lower-case name lessons use: {@code running}, {@code exited}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code Running}, {@code Exited}, ... as {@code docker ps} prints them. */
    public String display() {
        return name().charAt(0) + key().substring(1);
    }
}
