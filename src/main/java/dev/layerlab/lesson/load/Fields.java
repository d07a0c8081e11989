package dev.layerlab.lesson.load;

import dev.layerlab.check.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML map, read with positions: every wrong shape becomes a problem at the
 * node concerned, and the reader gets a fallback value so that it can go on and report more.
 */
final class Fields {

    private final MappingNode node;
    private final String what;
    private final FileProblems problems;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();

    private Fields(MappingNode node, String what, FileProblems problems) {
        this.node = node;
        this.what = what;
        this.problems = problems;
    }

    /**
     * The map's fields, or empty (with a problem) when {@code node} is not a map. Duplicate
     * keys are reported here; the first one counts.
     *
     * @param what how the map is named in messages, e.g. {@code the lesson}, {@code step "pull"}
     */
    static Optional<Fields> of(Node node, String what, FileProblems problems) {
        if (!(node instanceof MappingNode map)) {
            problems.at(node, what + " must be a map of keys, found " + describe(node));
            return Optional.empty();
        }
        Fields fields = new Fields(map, what, problems);
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || isNull(key)) {
                problems.at(tuple.getKeyNode(), "a key in " + what + " must be a plain name, found " + describe(tuple.getKeyNode()));
                continue;
            }
            NodeTuple first = fields.byKey.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.at(key, "duplicate key \"" + key.getValue() + "\" in " + what + " (first at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            }
        }
        return Optional.of(fields);
    }

    /** Reports every key not in {@code known}, with a "did you mean". */
    void allowOnly(Set<String> known) {
        for (String key : byKey.keySet()) {
            // A merge key is already refused by the parser; one message is enough.
            if (!known.contains(key) && !byKey.get(key).getKeyNode().getTag().equals(Tag.MERGE)) {
                String hint = Suggestions.didYouMean(key, known);
                problems.at(byKey.get(key).getKeyNode(), "unknown key \"" + key + "\" in " + what
                        + (hint.isEmpty() ? " (known keys: " + String.join(", ", known) + ")" : hint));
            }
        }
    }

    /** The same fields, named differently in messages (e.g. once a step's id is known). */
    Fields named(String newWhat) {
        Fields renamed = new Fields(node, newWhat, problems);
        renamed.byKey.putAll(byKey);
        return renamed;
    }

    MappingNode node() {
        return node;
    }

    String what() {
        return what;
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(byKey.get(key)).map(NodeTuple::getValueNode);
    }

    Optional<Node> keyNode(String key) {
        return Optional.ofNullable(byKey.get(key)).map(NodeTuple::getKeyNode);
    }

    /** The value of a key that must be present and non-empty text; null (with a problem) otherwise. */
    String requiredText(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            problems.at(node, what + " needs `" + key + "`");
            return null;
        }
        String text = scalarText(key, value.get());
        if (text != null && text.isBlank()) {
            problems.at(value.get(), "`" + key + "` in " + what + " must not be empty");
            return null;
        }
        return text;
    }

    /** Text, or {@code fallback} when the key is absent or empty. */
    String text(String key, String fallback) {
        return value(key).map(v -> isNull(v) ? fallback : scalarText(key, v)).map(t -> t == null ? fallback : t)
                .orElse(fallback);
    }

    /** A list of plain values; absent or empty gives no items. */
    List<String> list(String key, String items) {
        return listNodes(key, items, false).stream().map(ScalarNode::getValue).toList();
    }

    /** A single text or a list of texts; absent or empty gives no items. */
    List<String> textOrList(String key, String items) {
        return listNodes(key, items, true).stream().map(ScalarNode::getValue).toList();
    }

    /** The items of a list of plain values, with their positions. */
    List<ScalarNode> listNodes(String key, String items, boolean singleAllowed) {
        Optional<Node> value = value(key);
        if (value.isEmpty() || isNull(value.get())) {
            return List.of();
        }
        if (value.get() instanceof ScalarNode scalar && singleAllowed) {
            return List.of(scalar);
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            problems.at(value.get(), "`" + key + "` must be " + (singleAllowed ? "text or a list of " + items : "a list of " + items)
                    + ", found " + describe(value.get()));
            return List.of();
        }
        List<ScalarNode> result = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                result.add(scalar);
            } else {
                problems.at(item, "each item of `" + key + "` must be plain text, found " + describe(item));
            }
        }
        return result;
    }

    private String scalarText(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            return isNull(scalar) ? "" : scalar.getValue();
        }
        problems.at(value, "`" + key + "` in " + what + " must be text, found " + describe(value));
        return null;
    }

    static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    /** How a node looks, for "found ..." in messages. */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "a number";
        }
        if (tag.equals(Tag.BOOL)) {
            return "true/false";
        }
        if (tag.equals(Tag.NULL)) {
            return "nothing";
        }
        return "text";
    }
}
