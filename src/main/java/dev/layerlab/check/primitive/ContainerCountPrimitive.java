package dev.layerlab.check.primitive;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ImageInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How many containers (all of them, as docker ps -a lists them) match a filter. */
public final class ContainerCountPrimitive implements Primitive {

    private static final int NAMES_SHOWN = 3;

    @Override
    public String name() {
        return "container-count";
    }

    @Override
    public String description() {
        return "The number of containers (running or not), optionally only those from an image, in a state, or with a name prefix.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.optional("image", ParamType.STRING, null, "count only containers created from this image"),
                ParamSpec.optional("state", ParamType.STRING, null, "count only containers in this state, e.g. running"),
                ParamSpec.optional("name_prefix", ParamType.STRING, null, "count only containers whose name starts with this"),
                ParamSpec.optional("min", ParamType.INT, null, "at least this many"),
                ParamSpec.optional("max", ParamType.INT, null, "at most this many"),
                ParamSpec.optional("equals", ParamType.INT, null, "exactly this many"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        Optional<Integer> min = args.integer("min");
        Optional<Integer> max = args.integer("max");
        Optional<Integer> equals = args.integer("equals");
        if (min.isEmpty() && max.isEmpty() && equals.isEmpty()) {
            throw new IllegalArgumentException("the container-count check needs \"min\", \"max\" or \"equals\"");
        }
        Stream<ContainerInfo> containers = probe.docker().containers().stream();
        Optional<String> image = args.string("image");
        if (image.isPresent()) {
            Optional<ImageInfo> resolved = probe.docker().image(image.get());
            containers = containers.filter(c -> Lookup.createdFrom(c, image.get(), resolved));
        }
        Optional<String> state = args.string("state");
        if (state.isPresent()) {
            containers = containers.filter(c -> c.state().key().equals(state.get()));
        }
        Optional<String> prefix = args.string("name_prefix");
        if (prefix.isPresent()) {
            containers = containers.filter(c -> c.name().startsWith(prefix.get()));
        }
        List<String> names = containers.map(ContainerInfo::name).sorted().toList();
        int count = names.size();
        boolean passed = min.map(n -> count >= n).orElse(true)
                && max.map(n -> count <= n).orElse(true)
                && equals.map(n -> count == n).orElse(true);
        return new Observation(passed, describe(names));
    }

    /** {@code found none}, {@code found 2: "web", "web2"}, {@code found 5: "a", "b", "c" and 2 more}. */
    static String describe(List<String> names) {
        if (names.isEmpty()) {
            return "found none";
        }
        String shown = names.stream().limit(NAMES_SHOWN).map(Findings::quoted).collect(Collectors.joining(", "));
        int more = names.size() - NAMES_SHOWN;
        return "found " + names.size() + ": " + shown + (more > 0 ? " and " + more + " more" : "");
    }
}
