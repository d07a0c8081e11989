package dev.layerlab.lesson.load;

import dev.layerlab.check.CheckCall;
import dev.layerlab.check.CheckRegistry;
import dev.layerlab.check.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A step's {@code checks:} list, validated against the registry of named checks. */
final class CheckCallReader {

    private static final Pattern CAPTURE_REF = Pattern.compile("\\$\\{([^}]*)}");

    private final CheckRegistry registry;

    CheckCallReader(CheckRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param captured the capture names made by earlier steps of the lesson
     */
    List<CheckCall> read(Node value, Set<String> captured, FileProblems problems) {
        if (Fields.isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode list)) {
            problems.at(value, "`checks` must be a list of checks, found " + Fields.describe(value));
            return List.of();
        }
        List<CheckCall> calls = new ArrayList<>();
        for (Node item : list.getValue()) {
            readOne(item, captured, problems).ifPresent(calls::add);
        }
        return calls;
    }

    private Optional<CheckCall> readOne(Node item, Set<String> captured, FileProblems problems) {
        Node nameNode;
        Map<String, NodeTuple> args = new LinkedHashMap<>();
        if (item instanceof ScalarNode scalar && !Fields.isNull(scalar)) {
            nameNode = scalar;
        } else if (item instanceof MappingNode map && map.getValue().size() == 1
                && map.getValue().get(0).getKeyNode() instanceof ScalarNode) {
            NodeTuple only = map.getValue().get(0);
            nameNode = only.getKeyNode();
            if (!readArgs(((ScalarNode) nameNode).getValue(), only.getValueNode(), args, problems)) {
                return Optional.empty();
            }
        } else if (item instanceof MappingNode map && map.getValue().size() > 1) {
            problems.at(item, "a check is one name with its parameters, found " + map.getValue().size()
                    + " keys: indent the parameters under the check name, or start each check with -");
            return Optional.empty();
        } else {
            problems.at(item, "each item of `checks` is a check name, or `name: {param: value}`, found " + Fields.describe(item));
            return Optional.empty();
        }
        String name = ((ScalarNode) nameNode).getValue();
        Map<String, String> values = new LinkedHashMap<>();
        args.forEach((key, tuple) -> values.put(key, ((ScalarNode) tuple.getValueNode()).getValue()));
        CheckCall call = new CheckCall(name, values);
        String prefix = "check \"" + name + "\"";
        for (String message : registry.problems(call)) {
            problems.at(ArgumentProblems.locate(message, prefix, nameNode, args), message);
        }
        args.values().forEach(tuple -> checkCaptureRefs((ScalarNode) tuple.getValueNode(), captured, problems));
        return Optional.of(call);
    }

    /** False when the parameters are not a map; values that are not plain are reported and left out. */
    private static boolean readArgs(String name, Node value, Map<String, NodeTuple> args, FileProblems problems) {
        if (Fields.isNull(value)) {
            return true;
        }
        Optional<Fields> fields = Fields.of(value, "check \"" + name + "\"", problems);
        if (fields.isEmpty()) {
            return false;
        }
        for (NodeTuple tuple : fields.get().node().getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || args.containsKey(key.getValue())) {
                continue; // already reported by Fields
            }
            Node argValue = tuple.getValueNode();
            if (argValue instanceof ScalarNode scalar && !Fields.isNull(scalar)) {
                args.put(key.getValue(), tuple);
            } else {
                problems.at(argValue, "parameter \"" + key.getValue() + "\" of check \"" + name
                        + "\" must be a plain value (text, number, true/false), found " + Fields.describe(argValue));
            }
        }
        return true;
    }

    private static void checkCaptureRefs(ScalarNode value, Set<String> captured, FileProblems problems) {
        Matcher m = CAPTURE_REF.matcher(value.getValue());
        while (m.find()) {
            String ref = m.group(1);
            if (!captured.contains(ref)) {
                problems.at(value, "\"${" + ref + "}\" is not captured by an earlier step of this lesson"
                        + Suggestions.didYouMean(ref, captured) + " (a step's `capture:` is made when its checks pass)");
            }
        }
    }
}
