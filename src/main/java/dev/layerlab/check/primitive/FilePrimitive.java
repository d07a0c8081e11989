package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.FileStat;
import dev.layerlab.docker.NoSuchObjectException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A file inside a container, through the archive API so that stopped containers work too: a stat
 * for presence, the content only when {@code contains} asks for it.
 */
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
        Optional<String> wanted = args.string("contains");
        if (Lookup.container(probe, container).isEmpty()) {
            return Observation.fail(Lookup.noContainer(container));
        }
        try {
            // Only the content check needs the bytes; a stat is far cheaper on a stopped container.
            return present && wanted.isPresent()
                    ? contains(probe.docker().readFile(container, path), container, path, wanted.get())
                    : presence(probe.docker().statFile(container, path), container, path, present);
        } catch (NoSuchObjectException e) {
            // Removed between the two calls.
            return Observation.fail(Lookup.noContainer(container));
        }
    }

    private static Observation presence(Optional<FileStat> stat, String container, String path, boolean present) {
        if (stat.isEmpty()) {
            String absent = "there is no " + path + " in " + quoted(container);
            return present ? Observation.fail(absent) : Observation.pass(absent);
        }
        String what = stat.get().directory() ? "a directory" : Findings.plural(stat.get().size(), "byte");
        return present ? Observation.pass("found it (" + what + ")") : Observation.fail(path + " is still there (" + what + ")");
    }

    private static Observation contains(Optional<byte[]> content, String container, String path, String wanted) {
        if (content.isEmpty()) {
            return Observation.fail("there is no " + path + " in " + quoted(container));
        }
        String text = new String(content.get(), StandardCharsets.UTF_8);
        if (text.contains(wanted)) {
            return Observation.pass("found it, and it contains " + quoted(wanted));
        }
        String start = text.isBlank() ? "it is empty" : "it starts with " + quoted(Findings.excerpt(text, 40));
        return Observation.fail("found it, but it does not contain " + quoted(wanted) + " (" + start + ")");
    }
}
