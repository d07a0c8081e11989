package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.MountInfo;
import java.util.List;
import java.util.Optional;

/** A named volume: exists or not, and which container mounts it. */
public final class VolumePrimitive implements Primitive {

    @Override
    public String name() {
        return "volume";
    }

    @Override
    public String description() {
        return "A named volume exists or not, and is mounted by a container.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.required("name", ParamType.STRING, "the volume's name"),
                ParamSpec.optional("exists", ParamType.BOOL, "true", "whether the volume must exist (false: must not)"),
                ParamSpec.optional("mounted_by", ParamType.STRING, null, "a container (name or ID) that must mount it"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        String name = args.require("name");
        boolean exists = args.bool("exists", true);
        boolean found = probe.docker().volumes().stream().anyMatch(v -> v.name().equals(name));
        if (!found) {
            String absent = "no volume named " + quoted(name) + " exists";
            return exists ? Observation.fail(absent) : Observation.pass(absent);
        }
        if (!exists) {
            return Observation.fail("it still exists");
        }
        Optional<String> user = args.string("mounted_by");
        if (user.isEmpty()) {
            return Observation.pass("found it");
        }
        Optional<ContainerInfo> container = Lookup.container(probe, user.get());
        if (container.isEmpty()) {
            return Observation.fail("found it, but " + Lookup.noContainer(user.get()));
        }
        Optional<MountInfo> mount = container.get().mounts().stream()
                .filter(m -> name.equals(m.name())).findFirst();
        return mount.isPresent()
                ? Observation.pass("found it; " + quoted(user.get()) + " mounts it at " + mount.get().destination())
                : Observation.fail("found it, but " + quoted(user.get()) + " does not mount it (mounts: "
                        + ContainerPrimitive.describe(container.get().mounts()) + ")");
    }
}
