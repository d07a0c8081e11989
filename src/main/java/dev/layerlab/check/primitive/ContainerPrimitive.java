package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.MountInfo;
import dev.layerlab.docker.PortBinding;
import dev.layerlab.docker.ShortIds;
import java.util.List;
import java.util.Optional;

/** A container: exists or not, its state, exit code, image, identity, published ports, mounts, labels. */
public final class ContainerPrimitive implements Primitive {

    private static final List<String> STATES = List.of("created", "running", "paused", "restarting", "exited", "dead");

    @Override
    public String name() {
        return "container";
    }

    @Override
    public String description() {
        return "A container (as docker ps -a lists it), found by name or ID, exists or not, and has the given properties.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.optional("name", ParamType.STRING, null, "the container's name (give name or id)"),
                ParamSpec.optional("id", ParamType.STRING, null, "the container's ID, full or short; with name: the ID it must have"),
                ParamSpec.optional("exists", ParamType.BOOL, "true", "whether the container must exist (false: must not)"),
                ParamSpec.optional("state", ParamType.STRING, null, "created, running, paused, restarting, exited or dead"),
                ParamSpec.optional("exit_code", ParamType.INT, null, "it has exited with this code"),
                ParamSpec.optional("image", ParamType.STRING, null, "it was created from this image (nginx is nginx:latest)"),
                ParamSpec.optional("id_not", ParamType.STRING, null, "its ID must not be this one (the container was recreated)"),
                ParamSpec.optional("published", ParamType.STRING, null, "8080:80 (host 8080 to container 80/tcp), or 80 (published on any host port)"),
                ParamSpec.optional("mount", ParamType.STRING, null, "something is mounted at this path, or volname:/path"),
                ParamSpec.optional("label", ParamType.STRING, null, "it has this label: key=value, or key for any value"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        Optional<String> name = args.string("name");
        String key = name.or(() -> args.string("id"))
                .orElseThrow(() -> new IllegalArgumentException("the container check needs \"name\" or \"id\""));
        Optional<String> state = args.string("state");
        if (state.isPresent() && !STATES.contains(state.get())) {
            throw new IllegalArgumentException("\"state\" must be one of " + String.join(", ", STATES) + ", not \"" + state.get() + "\"");
        }
        Optional<ContainerInfo> found = Lookup.container(probe, key);
        boolean exists = args.bool("exists", true);
        if (found.isEmpty()) {
            String absent = name.isPresent() ? Lookup.noContainer(key) : "no container with ID " + ShortIds.shorten(key) + " exists";
            return exists ? Observation.fail(absent) : Observation.pass(absent);
        }
        ContainerInfo container = found.get();
        if (!exists) {
            return Observation.fail("it still exists (ID " + container.shortId() + ", " + container.stateDisplay() + ")");
        }
        Findings findings = new Findings();
        state.ifPresent(s -> findings.fact(container.state().key().equals(s), null, "it is " + container.stateDisplay()));
        args.integer("exit_code").ifPresent(code -> findings.fact(
                container.state() == ContainerState.EXITED && code.equals(container.exitCode()), null,
                container.state() == ContainerState.EXITED ? "it is " + container.stateDisplay()
                        : "it has not exited (it is " + container.stateDisplay() + ")"));
        args.string("image").ifPresent(image -> findings.fact(
                Lookup.createdFrom(container, image, probe.docker().image(image)),
                "it was created from " + quoted(container.image()), "it was created from " + quoted(container.image())));
        if (name.isPresent()) {
            args.string("id").ifPresent(id -> findings.fact(ShortIds.matches(container.id(), id), null,
                    "its ID is " + container.shortId() + ", not " + ShortIds.shorten(id)));
        }
        args.string("id_not").ifPresent(id -> findings.fact(!ShortIds.matches(container.id(), id),
                "it is a new container (ID " + container.shortId() + ", was " + ShortIds.shorten(id) + ")",
                "it is still the same container (ID " + container.shortId() + ")"));
        args.string("published").ifPresent(spec -> published(PortSpec.parse(spec), container.ports(), findings));
        args.string("mount").ifPresent(spec -> mount(spec, container.mounts(), findings));
        args.string("label").ifPresent(label -> LabelSpec.parse(label).check(container.labels(), findings));
        return findings.observation("it is " + container.stateDisplay() + " (ID " + container.shortId() + ")");
    }

    private static void published(PortSpec spec, List<PortBinding> ports, Findings findings) {
        Optional<PortBinding> binding = spec.published(ports);
        String all = " (ports: " + PortSpec.describe(ports) + ")";
        if (binding.isPresent()) {
            findings.fact(true, "it publishes " + binding.get().display(), null);
            return;
        }
        Optional<PortBinding> elsewhere = spec.publishedElsewhere(ports);
        findings.fact(false, null, elsewhere.isPresent()
                ? "port " + spec.target() + " is published on " + elsewhere.get().hostPort() + ", not on " + spec.hostPort() + all
                : "port " + spec.target() + " is not published" + all);
    }

    private static void mount(String spec, List<MountInfo> mounts, Findings findings) {
        int colon = spec.indexOf(':');
        String volume = colon < 0 ? null : spec.substring(0, colon);
        String path = colon < 0 ? spec : spec.substring(colon + 1);
        Optional<MountInfo> at = mounts.stream().filter(m -> m.destination().equals(path)).findFirst();
        if (at.isEmpty()) {
            findings.fact(false, null, "nothing is mounted at " + path + " (mounts: " + describe(mounts) + ")");
        } else if (volume == null) {
            findings.fact(true, "it mounts " + describe(at.get()), null);
        } else {
            findings.fact(volume.equals(at.get().name()), "it mounts " + describe(at.get()),
                    "at " + path + " it mounts " + describe(at.get()) + ", not the volume " + quoted(volume));
        }
    }

    static String describe(List<MountInfo> mounts) {
        return mounts.isEmpty() ? "none" : String.join(", ", mounts.stream().map(ContainerPrimitive::describe).toList());
    }

    /** {@code pgdata:/data} for a volume, {@code /host/dir:/data} for a bind mount, as {@code -v} writes them. */
    static String describe(MountInfo mount) {
        String source = mount.name() != null && !mount.name().isEmpty() ? mount.name() : mount.source();
        return source + ":" + mount.destination();
    }
}
