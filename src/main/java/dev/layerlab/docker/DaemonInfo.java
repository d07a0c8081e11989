package dev.layerlab.docker;

/** What the daemon says about itself. */
public record DaemonInfo(String version, String apiVersion, String os, String arch) {
}
