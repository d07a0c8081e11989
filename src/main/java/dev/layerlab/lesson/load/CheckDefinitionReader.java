package dev.layerlab.lesson.load;

import dev.layerlab.check.CheckDefinition;
import dev.layerlab.check.ParamChecks;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Primitives;
import dev.layerlab.check.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** One named check of a check file, validated against the primitive it calls. */
final class CheckDefinitionReader {

    static final String DEFAULT_FAILURE = "{observed}";
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("description", "params", "primitive", "with",
            "title", "failure", "hint"));

    private final Primitives primitives;
    private final ParamSpecReader paramReader = new ParamSpecReader();

    CheckDefinitionReader(Primitives primitives) {
        this.primitives = primitives;
    }

    /** The definition, or null when it has problems (they are reported). */
    CheckDefinition read(ScalarNode nameNode, Node value, FileProblems problems) {
        String name = nameNode.getValue();
        int before = problems.count();
        Ids.check(name, nameNode, "check name", problems);
        Optional<Fields> found = Fields.of(value, "check \"" + name + "\"", problems);
        if (found.isEmpty()) {
            return null;
        }
        Fields fields = found.get();
        fields.allowOnly(KEYS);
        String description = fields.requiredText("description");
        List<ParamSpec> params = readParams(fields, name, problems);
        Set<String> declared = declaredNames(fields);
        Map<String, String> with = readWith(fields, name, declared, problems);
        String title = templateField(fields, "title", null, name, declared, problems);
        Set<String> failureNames = new LinkedHashSet<>(declared);
        failureNames.add("observed");
        String failure = templateField(fields, "failure", DEFAULT_FAILURE, name, failureNames, problems);
        String hint = templateField(fields, "hint", "", name, declared, problems);
        if (problems.count() != before) {
            return null;
        }
        String source = problems.file() + ":" + (nameNode.getStartMark().getLine() + 1);
        String primitive = fields.text("primitive", "");
        return new CheckDefinition(name, description, params, primitive, with, title, failure, hint, source);
    }

    private List<ParamSpec> readParams(Fields fields, String checkName, FileProblems problems) {
        List<ParamSpec> params = new ArrayList<>();
        Optional<Node> node = fields.value("params").filter(p -> !Fields.isNull(p));
        Optional<Fields> map = node.flatMap(n -> Fields.of(n, "the params of check \"" + checkName + "\"", problems));
        if (map.isEmpty()) {
            return params;
        }
        for (NodeTuple tuple : map.get().node().getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && params.stream().noneMatch(p -> p.name().equals(key.getValue()))) {
                ParamSpec spec = paramReader.read(key, tuple.getValueNode(), checkName, problems);
                if (spec != null) {
                    params.add(spec);
                }
            }
        }
        return params;
    }

    /** Every parameter name, even of a malformed spec: that one is reported once, not again at each use. */
    private static Set<String> declaredNames(Fields fields) {
        Set<String> names = new LinkedHashSet<>();
        fields.value("params").filter(MappingNode.class::isInstance).ifPresent(node -> {
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    names.add(key.getValue());
                }
            }
        });
        return names;
    }

    private Map<String, String> readWith(Fields fields, String checkName, Set<String> declared, FileProblems problems) {
        Map<String, String> with = new LinkedHashMap<>();
        String primitiveName = fields.requiredText("primitive");
        if (primitiveName == null) {
            return with;
        }
        Node primitiveNode = fields.value("primitive").orElseThrow();
        Optional<Primitive> primitive = primitives.find(primitiveName);
        if (primitive.isEmpty()) {
            problems.at(primitiveNode, "unknown primitive \"" + primitiveName + "\"" + Suggestions.didYouMean(primitiveName, primitives.names())
                    + " (known: " + String.join(", ", primitives.names()) + ")");
            return with;
        }
        Map<String, NodeTuple> tuples = new LinkedHashMap<>();
        Optional<Node> node = fields.value("with").filter(w -> !Fields.isNull(w));
        Optional<Fields> map = node.flatMap(n -> Fields.of(n, "`with` of check \"" + checkName + "\"", problems));
        for (NodeTuple tuple : map.map(m -> m.node().getValue()).orElse(List.of())) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || tuples.containsKey(key.getValue())) {
                continue; // reported by Fields
            }
            if (tuple.getValueNode() instanceof ScalarNode scalar && !Fields.isNull(scalar)) {
                tuples.put(key.getValue(), tuple);
                with.put(key.getValue(), scalar.getValue());
                Templates.check(scalar.getValue(), scalar, checkName, declared, problems);
            } else {
                problems.at(tuple.getValueNode(), "`with` values must be plain values or templates, found "
                        + Fields.describe(tuple.getValueNode()));
            }
        }
        String prefix = "primitive \"" + primitiveName + "\"";
        for (String message : ParamChecks.problems(prefix, primitive.get().params(), with)) {
            problems.at(ArgumentProblems.locate(message, prefix, node.orElse(primitiveNode), tuples), message);
        }
        return with;
    }

    private static String templateField(Fields fields, String key, String fallback, String checkName, Set<String> allowed,
            FileProblems problems) {
        String text = fallback == null ? fields.requiredText(key) : fields.text(key, fallback);
        if (text != null && fields.value(key).isPresent()) {
            Templates.check(text, fields.value(key).get(), checkName, allowed, problems);
        }
        return text;
    }
}
