package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.NoSuchObjectException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A file inside a container, read through the archive API so that stopped containers work too. */
public final class FilePrimitive implements Primitive {

    @Override
    public String name() {
        return "file";
    }

    @Override
    public String description() {
        return "A file in a container (running or stopped) is present or absent, and contains a text.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.required("container", ParamType.STRING, "the container's name or ID"),
                ParamSpec.required("path", ParamType.STRING, "the file's absolute path inside the container"),
                ParamSpec.optional("present", ParamType.BOOL, "true", "whether the file must be there (false: must not)"),
                ParamSpec.optional("contains", ParamType.STRING, null, "the file must contain this text"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        String container = args.require("container");
        String path = args.require("path");
        boolean present = args.bool("present", true);
        if (Lookup.container(probe, container).isEmpty()) {
            return Observation.fail(Lookup.noContainer(container));
        }
        Optional<byte[]> content;
        try {
            content = probe.docker().readFile(container, path);
        } catch (NoSuchObjectException e) {
            // Removed between the two calls.
            return Observation.fail(Lookup.noContainer(container));
        }
        if (content.isEmpty()) {
            String absent = "there is no " + path + " in " + quoted(container);
            return present ? Observation.fail(absent) : Observation.pass(absent);
        }
        String size = Findings.plural(content.get().length, "byte");
        if (!present) {
            return Observation.fail(path + " is still there (" + size + ")");
        }
        Optional<String> wanted = args.string("contains");
        if (wanted.isEmpty()) {
            return Observation.pass("found it (" + size + ")");
        }
        String text = new String(content.get(), StandardCharsets.UTF_8);
        if (text.contains(wanted.get())) {
            return Observation.pass("found it, and it contains " + quoted(wanted.get()));
        }
        String start = text.isBlank() ? "it is empty" : "it starts with " + quoted(Findings.excerpt(text, 40));
        return Observation.fail("found it, but it does not contain " + quoted(wanted.get()) + " (" + start + ")");
    }
}
