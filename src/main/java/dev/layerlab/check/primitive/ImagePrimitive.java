package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.ImageRef;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.HistoryEntry;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.ShortIds;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A local image: present or not, its ID, tags, layers, history, exposed ports, CMD, WORKDIR, labels. */
public final class ImagePrimitive implements Primitive {

    @Override
    public String name() {
        return "image";
    }

    @Override
    public String description() {
        return "A local image (as docker images lists it) is present or absent, and has the given properties.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.required("ref", ParamType.STRING, "the image: nginx, nginx:alpine, localhost:5000/app:v1, an ID or a digest"),
                ParamSpec.optional("present", ParamType.BOOL, "true", "whether the image must be present (false: must be absent)"),
                ParamSpec.optional("id", ParamType.STRING, null, "its ID must be this one (full or short)"),
                ParamSpec.optional("id_not", ParamType.STRING, null, "its ID must not be this one (the image was rebuilt)"),
                ParamSpec.optional("tag", ParamType.STRING, null, "it must also carry this tag, e.g. myapp:v1"),
                ParamSpec.optional("layers", ParamType.INT, null, "it has exactly this many layers"),
                ParamSpec.optional("min_layers", ParamType.INT, null, "it has at least this many layers"),
                ParamSpec.optional("history_contains", ParamType.STRING, null, "a docker history line was created by an instruction containing this text"),
                ParamSpec.optional("exposes", ParamType.STRING, null, "it exposes this port, e.g. 80 or 80/tcp"),
                ParamSpec.optional("cmd_contains", ParamType.STRING, null, "its CMD contains this text"),
                ParamSpec.optional("workdir", ParamType.STRING, null, "its WORKDIR is this path"),
                ParamSpec.optional("label", ParamType.STRING, null, "it has this label: key=value, or key for any value"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        String ref = args.require("ref");
        Optional<ImageInfo> found = probe.docker().image(ref);
        boolean present = args.bool("present", true);
        if (found.isEmpty()) {
            String absent = "no image " + quoted(ref) + " is present locally";
            return present ? Observation.fail(absent) : Observation.pass(absent);
        }
        ImageInfo image = found.get();
        if (!present) {
            return Observation.fail("it is still present: " + Lookup.describe(image, ref));
        }
        Findings findings = new Findings();
        args.string("id").ifPresent(id -> findings.fact(ShortIds.matches(image.id(), id), null,
                "its ID is " + image.shortId() + ", not " + ShortIds.shorten(id)));
        args.string("id_not").ifPresent(id -> findings.fact(!ShortIds.matches(image.id(), id),
                "it is a new image (was " + ShortIds.shorten(id) + ")", "it is still the same image (ID " + image.shortId() + ")"));
        args.string("tag").ifPresent(tag -> findings.fact(hasTag(image, tag), "it is also tagged " + ImageRef.parse(tag).familiar(),
                "it is not tagged " + ImageRef.parse(tag).familiar() + " (tags: " + tags(image) + ")"));
        int layers = image.layers().size();
        args.integer("layers").ifPresent(n -> findings.fact(layers == n, "it has " + Findings.plural(layers, "layer"),
                "it has " + Findings.plural(layers, "layer")));
        args.integer("min_layers").ifPresent(n -> findings.fact(layers >= n, "it has " + Findings.plural(layers, "layer"),
                "it has only " + Findings.plural(layers, "layer")));
        args.string("history_contains").ifPresent(text -> history(probe, ref, text, findings));
        args.string("exposes").ifPresent(port -> {
            String wanted = port.contains("/") ? port : port + "/tcp";
            String exposed = image.exposedPorts().isEmpty() ? "none" : String.join(", ", image.exposedPorts());
            findings.fact(image.exposedPorts().contains(wanted), "it exposes " + wanted,
                    "it does not expose " + wanted + " (exposes: " + exposed + ")");
        });
        args.string("cmd_contains").ifPresent(text -> findings.fact(String.join(" ", image.cmd()).contains(text),
                "its CMD is " + command(image.cmd()), image.cmd().isEmpty() ? "it has no CMD" : "its CMD is " + command(image.cmd())));
        args.string("workdir").ifPresent(dir -> findings.fact(dir.equals(image.workingDir()), "its WORKDIR is " + dir,
                image.workingDir() == null || image.workingDir().isEmpty() ? "it has no WORKDIR" : "its WORKDIR is " + image.workingDir()));
        args.string("label").ifPresent(label -> LabelSpec.parse(label).check(image.labels(), findings));
        return findings.observation("found " + Lookup.describe(image, ref));
    }

    private static boolean hasTag(ImageInfo image, String tag) {
        ImageRef wanted = ImageRef.parse(tag);
        return image.repoTags().stream().anyMatch(wanted::sameAs);
    }

    private static String tags(ImageInfo image) {
        return image.repoTags().isEmpty() ? "none" : String.join(", ", image.repoTags());
    }

    private static void history(Probe probe, String ref, String text, Findings findings) {
        List<HistoryEntry> history = probe.docker().history(ref);
        Optional<HistoryEntry> line = history.stream().filter(h -> h.createdBy() != null && h.createdBy().contains(text)).findFirst();
        findings.fact(line.isPresent(), line.map(h -> "a layer was made by " + quoted(Findings.excerpt(clean(h.createdBy()), 60))).orElse(null),
                "no line of its docker history contains " + quoted(text));
    }

    /** The legacy builder writes {@code /bin/sh -c #(nop) } before non-RUN instructions; learners never wrote that. */
    private static String clean(String createdBy) {
        return createdBy.replace("/bin/sh -c #(nop) ", "").strip();
    }

    /** {@code ["nginx", "-g", "daemon off;"]}, as a Dockerfile writes it. */
    private static String command(List<String> cmd) {
        return cmd.stream().map(Findings::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
}
