package dev.layerlab.check.primitive;

import dev.layerlab.docker.PortBinding;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A port a check asks about, as {@code docker run -p} writes it: {@code 8080:80} (host 8080 to
 * container 80/tcp), {@code 127.0.0.1:8080:80}, {@code 80} (container port 80 published on some
 * host port), with an optional {@code /udp}.
 *
 * @param hostPort null when any host port will do
 */
record PortSpec(Integer hostPort, int containerPort, String protocol) {

    static PortSpec parse(String text) {
        String spec = text.trim();
        String protocol = "tcp";
        int slash = spec.indexOf('/');
        if (slash >= 0) {
            protocol = spec.substring(slash + 1).toLowerCase(Locale.ROOT);
            spec = spec.substring(0, slash);
        }
        String[] parts = spec.split(":");
        try {
            int containerPort = Integer.parseInt(parts[parts.length - 1]);
            Integer hostPort = parts.length >= 2 ? Integer.valueOf(parts[parts.length - 2]) : null;
            return new PortSpec(hostPort, containerPort, protocol);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a port like 8080:80 or 80");
        }
    }

    /** The container port as {@code docker ps} prints it, e.g. {@code 80/tcp}. */
    String target() {
        return containerPort + "/" + protocol;
    }

    /** The binding that publishes this container port on some host port. */
    Optional<PortBinding> published(List<PortBinding> ports) {
        return ports.stream()
                .filter(p -> p.containerPort() == containerPort && p.protocol().equalsIgnoreCase(protocol) && p.hostPort() != null)
                .filter(p -> hostPort == null || hostPort.equals(p.hostPort()))
                .findFirst();
    }

    /** Whether the container port is published on a host port other than the one asked for. */
    Optional<PortBinding> publishedElsewhere(List<PortBinding> ports) {
        return new PortSpec(null, containerPort, protocol).published(ports);
    }

    /** {@code 0.0.0.0:8080->80/tcp, 443/tcp}, or {@code none}. */
    static String describe(List<PortBinding> ports) {
        String shown = ports.stream().map(PortBinding::display).distinct().collect(Collectors.joining(", "));
        return shown.isEmpty() ? "none" : shown;
    }
}
