package dev.layerlab.docker.javaclient;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerMount;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.MountInfo;
import dev.layerlab.docker.PortBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-java's container models to {@link ContainerInfo}. */
final class ContainerMapper {

    private static final Pattern EXIT_STATUS = Pattern.compile("^Exited \\((-?\\d+)\\)");

    private ContainerMapper() {
    }

    /** One row of the container list, as {@code docker ps -a} shows it. */
    static ContainerInfo fromList(Container c) {
        ContainerState state = ContainerState.parse(c.getState());
        Set<PortBinding> ports = new LinkedHashSet<>();
        if (c.getPorts() != null) {
            for (ContainerPort p : c.getPorts()) {
                if (p.getPrivatePort() != null) {
                    ports.add(new PortBinding(p.getPrivatePort(), orDefault(p.getType(), "tcp"),
                            p.getPublicPort() == null ? null : p.getIp(), p.getPublicPort()));
                }
            }
        }
        List<MountInfo> mounts = new ArrayList<>();
        if (c.getMounts() != null) {
            for (ContainerMount m : c.getMounts()) {
                mounts.add(mount(m.getName(), m.getSource(), m.getDestination()));
            }
        }
        return new ContainerInfo(c.getId(), name(c.getNames()), orDefault(c.getImage(), ""), orDefault(c.getImageId(), ""),
                state, state == ContainerState.EXITED ? exitCode(c.getStatus()) : null, List.copyOf(ports), mounts,
                labels(c.getLabels()));
    }

    /** The result of {@code docker inspect}. */
    static ContainerInfo fromInspect(InspectContainerResponse c) {
        InspectContainerResponse.ContainerState s = c.getState();
        ContainerState state = s == null ? ContainerState.DEAD : ContainerState.parse(s.getStatus());
        Integer exitCode = state == ContainerState.EXITED && s.getExitCodeLong() != null ? s.getExitCodeLong().intValue() : null;
        ContainerConfig config = c.getConfig();
        List<MountInfo> mounts = new ArrayList<>();
        if (c.getMounts() != null) {
            for (InspectContainerResponse.Mount m : c.getMounts()) {
                mounts.add(mount(m.getName(), m.getSource(), m.getDestination() == null ? "" : m.getDestination().getPath()));
            }
        }
        return new ContainerInfo(c.getId(), stripSlash(c.getName()), config == null ? "" : orDefault(config.getImage(), ""),
                orDefault(c.getImageId(), ""), state, exitCode, ports(c), mounts,
                labels(config == null ? null : config.getLabels()));
    }

    /** The exit code in a list status such as {@code Exited (137) 3 seconds ago}; null when there is none. */
    static Integer exitCode(String status) {
        if (status == null) {
            return null;
        }
        Matcher m = EXIT_STATUS.matcher(status);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Published ports of a running container from its network settings; for a stopped one, the
     * exposed ports and the requested publications, as {@code docker inspect} keeps them.
     */
    private static List<PortBinding> ports(InspectContainerResponse c) {
        Set<PortBinding> result = new LinkedHashSet<>();
        Ports live = c.getNetworkSettings() == null ? null : c.getNetworkSettings().getPorts();
        if (live != null && !live.getBindings().isEmpty()) {
            addBindings(result, live.getBindings());
            return List.copyOf(result);
        }
        HostConfig host = c.getHostConfig();
        if (host != null && host.getPortBindings() != null) {
            addBindings(result, host.getPortBindings().getBindings());
        }
        ContainerConfig config = c.getConfig();
        if (config != null && config.getExposedPorts() != null) {
            for (ExposedPort port : config.getExposedPorts()) {
                boolean published = result.stream().anyMatch(b -> b.containerPort() == port.getPort()
                        && b.protocol().equals(port.getProtocol().toString()));
                if (!published) {
                    result.add(new PortBinding(port.getPort(), port.getProtocol().toString(), null, null));
                }
            }
        }
        return List.copyOf(result);
    }

    private static void addBindings(Set<PortBinding> result, Map<ExposedPort, Ports.Binding[]> bindings) {
        for (Map.Entry<ExposedPort, Ports.Binding[]> e : bindings.entrySet()) {
            ExposedPort port = e.getKey();
            String protocol = port.getProtocol().toString();
            if (e.getValue() == null || e.getValue().length == 0) {
                result.add(new PortBinding(port.getPort(), protocol, null, null));
                continue;
            }
            for (Ports.Binding b : e.getValue()) {
                result.add(new PortBinding(port.getPort(), protocol, emptyToNull(b.getHostIp()), hostPort(b.getHostPortSpec())));
            }
        }
    }

    private static Integer hostPort(String spec) {
        try {
            return spec == null || spec.isBlank() ? null : Integer.valueOf(spec.trim());
        } catch (NumberFormatException e) {
            return null; // a range such as 8000-8010: not a single published port
        }
    }

    /** The daemon does not say the mount type in these models: a named mount is a volume, one without source tmpfs. */
    private static MountInfo mount(String name, String source, String destination) {
        String type = name != null && !name.isEmpty() ? "volume" : source == null || source.isEmpty() ? "tmpfs" : "bind";
        return new MountInfo(type, orDefault(name, ""), orDefault(source, ""), orDefault(destination, ""));
    }

    /** The container's own name: list rows also carry link aliases such as {@code /other/alias}. */
    private static String name(String[] names) {
        if (names == null || names.length == 0) {
            return "";
        }
        for (String n : names) {
            String bare = stripSlash(n);
            if (!bare.contains("/")) {
                return bare;
            }
        }
        return stripSlash(names[0]);
    }

    private static String stripSlash(String name) {
        return name == null ? "" : name.startsWith("/") ? name.substring(1) : name;
    }

    static Map<String, String> labels(Map<String, String> labels) {
        if (labels == null) {
            return Map.of();
        }
        Map<String, String> copy = new HashMap<>();
        labels.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String orDefault(String text, String fallback) {
        return text == null ? fallback : text;
    }
}
