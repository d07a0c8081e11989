package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.PortBinding;
import java.util.List;
import java.util.Optional;

/** An HTTP GET on a published port: what a browser at {@code http://localhost:8080/} would see. */
public final class HttpPrimitive implements Primitive {

    @Override
    public String name() {
        return "http";
    }

    @Override
    public String description() {
        return "An HTTP GET on a published port answers with a status and a page containing a text.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.optional("port", ParamType.INT, null, "the host port (give port, or container)"),
                ParamSpec.optional("container", ParamType.STRING, null, "a container whose published port to use"),
                ParamSpec.optional("container_port", ParamType.INT, "80", "with container: the port inside the container"),
                ParamSpec.optional("path", ParamType.STRING, "/", "the path to GET"),
                ParamSpec.optional("status", ParamType.INT, "200", "the expected HTTP status"),
                ParamSpec.optional("body_contains", ParamType.STRING, null, "the page must contain this text"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        Optional<Integer> port = args.integer("port");
        if (port.isEmpty()) {
            String name = args.string("container")
                    .orElseThrow(() -> new IllegalArgumentException("the http check needs \"port\" or \"container\""));
            Optional<ContainerInfo> container = Lookup.container(probe, name);
            if (container.isEmpty()) {
                return Observation.fail(Lookup.noContainer(name));
            }
            PortSpec wanted = new PortSpec(null, args.integer("container_port").orElse(80), "tcp");
            Optional<PortBinding> binding = wanted.published(container.get().ports());
            if (binding.isEmpty()) {
                return Observation.fail("port " + wanted.target() + " of " + quoted(name) + " is not published (ports: "
                        + PortSpec.describe(container.get().ports()) + ")");
            }
            port = Optional.of(binding.get().hostPort());
        }
        String path = args.string("path").orElse("/");
        String address = probe.docker().endpoint().publishedHost() + ":" + port.get();
        String where = address + (path.startsWith("/") ? path : "/" + path);
        Probe.HttpReply reply = probe.get("http://" + where);
        if (reply.status() == 0) {
            return Observation.fail("nothing answers on " + address + " (" + reply.error() + ")");
        }
        int status = args.integer("status").orElse(200);
        if (reply.status() != status) {
            return Observation.fail("got " + reply.status() + " from " + where + ", not " + status);
        }
        Optional<String> wanted = args.string("body_contains");
        if (wanted.isEmpty()) {
            return Observation.pass("got " + reply.status() + " from " + where);
        }
        String body = reply.body() == null ? "" : reply.body();
        if (!body.contains(wanted.get())) {
            return Observation.fail("got " + reply.status() + ", but the page does not contain " + quoted(wanted.get()));
        }
        return Observation.pass("got " + reply.status() + " with " + quoted(snippet(body, wanted.get())));
    }

    /** The text around the match as a reader sees it: its line, without HTML tags. */
    static String snippet(String body, String wanted) {
        int at = body.indexOf(wanted);
        int start = body.lastIndexOf('\n', at) + 1;
        int end = body.indexOf('\n', at + wanted.length());
        String line = body.substring(start, end < 0 ? body.length() : end).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (!line.contains(wanted)) {
            return wanted;
        }
        return line.length() > 60 ? wanted : line;
    }
}
