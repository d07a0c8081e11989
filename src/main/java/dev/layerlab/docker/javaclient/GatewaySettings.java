package dev.layerlab.docker.javaclient;

import java.time.Duration;

/**
 * Time limits of {@link JavaDockerGateway}.
 *
 * @param callTimeout how long one daemon call may take before {@code DockerTimeoutException}
 * @param slowCallTimeout the limit for calls that legitimately take long, such as removing a large image
 * @param failFastWindow after the daemon was found unreachable, calls within this window fail at
 *     once without touching the socket
 */
public record GatewaySettings(Duration callTimeout, Duration slowCallTimeout, Duration failFastWindow) {

    /** 5 s per call, 60 s for slow calls, 2 s fail-fast window. */
    public static GatewaySettings defaults() {
        return new GatewaySettings(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(2));
    }

    public GatewaySettings withCallTimeout(Duration timeout) {
        return new GatewaySettings(timeout, slowCallTimeout, failFastWindow);
    }

    public GatewaySettings withFailFastWindow(Duration window) {
        return new GatewaySettings(callTimeout, slowCallTimeout, window);
    }
}
