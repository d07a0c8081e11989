package dev.layerlab.lesson.load;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Text to a tree of positioned YAML nodes. Only composes: no Java object is ever built from a
 * file, and any tag beyond plain data (text, numbers, booleans, null, lists, maps) is refused.
 */
final class YamlParser {

    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    /**
     * The root node, or empty when the file holds no document or cannot be read as YAML (then
     * a problem says why and where). An empty file gives empty and no problem: the caller says
     * what it expected.
     */
    Optional<Node> parse(String text, FileProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Node root;
        try {
            root = yaml.compose(new java.io.StringReader(body));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.at(mark, describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.whole("cannot read this file as YAML: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        refuseTags(root, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return Optional.of(root);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = oneLine(e.getProblem() == null ? e.getMessage() : e.getProblem());
        if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            return "a tab character: YAML indents with spaces only";
        }
        if (problem.startsWith("Global tag is not allowed: ")) {
            return "tag " + shortTag(problem.substring("Global tag is not allowed: ".length()))
                    + " is not allowed: these files hold plain data only; remove the tag";
        }
        if (problem.contains("found another document")) {
            return "a second document (---): a file holds one lesson or one set of checks";
        }
        if (problem.startsWith("found duplicate key")) {
            return problem.replace("found duplicate key", "duplicate key");
        }
        String context = e.getContext() == null ? "" : " (" + oneLine(e.getContext()) + ")";
        return "YAML syntax: " + problem + context;
    }

    // Aliases make the tree a graph; the visited set keeps the walk finite.
    private static void refuseTags(Node node, FileProblems problems, Set<Node> visited) {
        if (!visited.add(node)) {
            return;
        }
        if (node.getTag().equals(Tag.MERGE)) {
            problems.at(node, "merge keys (<<) are not supported: write the keys out");
        } else if (!PLAIN.contains(node.getTag())) {
            problems.at(node, "tag " + shortTag(node.getTag().getValue())
                    + " is not allowed: these files hold plain data only; remove the tag");
        }
        if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(child -> refuseTags(child, problems, visited));
        } else if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                refuseTags(tuple.getKeyNode(), problems, visited);
                refuseTags(tuple.getValueNode(), problems, visited);
            }
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
