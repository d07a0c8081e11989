package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.Change;
import java.util.List;
import java.util.Optional;

/** A line of {@code docker diff}: what the container's writable layer added, changed or deleted. */
public final class DiffPrimitive implements Primitive {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String description() {
        return "docker diff of a container has (or lacks) a line for a path, optionally of a kind (A, C or D).";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.required("container", ParamType.STRING, "the container's name or ID"),
                ParamSpec.required("path", ParamType.STRING, "the absolute path as docker diff prints it"),
                ParamSpec.optional("kind", ParamType.STRING, null, "A (added), C (changed) or D (deleted); any when not given"),
                ParamSpec.optional("present", ParamType.BOOL, "true", "whether the line must be there (false: must not)"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        String container = args.require("container");
        String path = trim(args.require("path"));
        Optional<Change.Kind> kind = args.string("kind").map(Change.Kind::ofLetter);
        boolean present = args.bool("present", true);
        if (Lookup.container(probe, container).isEmpty()) {
            return Observation.fail(Lookup.noContainer(container));
        }
        List<Change> lines = probe.docker().diff(container).stream().filter(c -> trim(c.path()).equals(path)).toList();
        Optional<Change> match = lines.stream().filter(c -> kind.isEmpty() || c.kind() == kind.get()).findFirst();
        if (match.isPresent()) {
            String shown = "docker diff shows " + quoted(line(match.get()));
            return present ? Observation.pass(shown) : Observation.fail(shown);
        }
        if (!present) {
            return Observation.pass("docker diff has no " + kind.map(k -> k.letter() + " ").orElse("") + "line for " + path);
        }
        if (!lines.isEmpty()) {
            return Observation.fail("docker diff shows " + quoted(line(lines.get(0))) + ", not " + kind.get().letter());
        }
        return Observation.fail("docker diff has no line for " + path);
    }

    private static String line(Change change) {
        return change.kind().letter() + " " + change.path();
    }

    private static String trim(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
