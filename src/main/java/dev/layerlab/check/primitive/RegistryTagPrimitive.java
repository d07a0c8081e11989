package dev.layerlab.check.primitive;

import static dev.layerlab.check.primitive.Findings.quoted;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tag in a v2 registry, as {@code docker push} left it: asks the registry's tags list. */
public final class RegistryTagPrimitive implements Primitive {

    private static final Pattern TAGS = Pattern.compile("\"tags\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

    @Override
    public String name() {
        return "registry-tag";
    }

    @Override
    public String description() {
        return "A v2 registry holds (or does not hold) a tag of a repository.";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.optional("registry", ParamType.STRING, "localhost:5000", "the registry's host:port"),
                ParamSpec.required("repository", ParamType.STRING, "the repository in it, e.g. myapp or team/myapp"),
                ParamSpec.optional("tag", ParamType.STRING, "latest", "the tag"),
                ParamSpec.optional("present", ParamType.BOOL, "true", "whether the tag must be there (false: must not)"));
    }

    @Override
    public Observation evaluate(Arguments args, Probe probe) {
        String registry = args.string("registry").orElse("localhost:5000");
        String repository = args.require("repository");
        String tag = args.string("tag").orElse("latest");
        boolean present = args.bool("present", true);
        String image = registry + "/" + repository + ":" + tag;
        Probe.HttpReply reply = probe.get("http://" + registry + "/v2/" + repository + "/tags/list");
        if (reply.status() == 0) {
            return Observation.fail("nothing answers on " + registry + " (" + reply.error() + ")");
        }
        List<String> tags;
        if (reply.status() == 404) {
            // NAME_UNKNOWN: nothing was ever pushed to this repository.
            tags = List.of();
        } else if (reply.status() == 200) {
            tags = tags(reply.body());
        } else {
            return Observation.fail("the registry " + registry + " answered " + reply.status());
        }
        if (tags.contains(tag)) {
            return present ? Observation.pass("found " + image) : Observation.fail(image + " is still there");
        }
        String absent = tags.isEmpty()
                ? registry + " has no repository " + quoted(repository)
                : registry + "/" + repository + " has no tag " + quoted(tag) + " (tags: " + String.join(", ", tags) + ")";
        return present ? Observation.fail(absent) : Observation.pass(absent);
    }

    /** The tags of {@code {"name":"app","tags":["v1","latest"]}}; none for {@code "tags":null}. */
    static List<String> tags(String body) {
        List<String> tags = new ArrayList<>();
        Matcher list = TAGS.matcher(body == null ? "" : body);
        if (list.find()) {
            Matcher each = STRING.matcher(list.group(1));
            while (each.find()) {
                tags.add(each.group(1));
            }
        }
        return tags;
    }
}
