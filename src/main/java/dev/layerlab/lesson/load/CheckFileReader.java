package dev.layerlab.lesson.load;

import dev.layerlab.check.CheckDefinition;
import dev.layerlab.check.Primitives;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** One {@code checks/*.yaml} file: its well-formed definitions join the registry, the others are reported. */
final class CheckFileReader {

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("version", "checks"));

    private final CheckDefinitionReader definitions;

    CheckFileReader(Primitives primitives) {
        this.definitions = new CheckDefinitionReader(primitives);
    }

    /**
     * @param defined the checks of the files read before, by name; this file's good ones are added
     */
    void read(Node root, Map<String, CheckDefinition> defined, FileProblems problems) {
        Optional<Fields> found = Fields.of(root, "a check file", problems);
        if (found.isEmpty()) {
            return;
        }
        Fields fields = found.get();
        if (!FormatVersion.check(fields, problems)) {
            return;
        }
        fields.allowOnly(KEYS);
        Optional<Node> checks = fields.value("checks");
        if (checks.isEmpty()) {
            problems.at(fields.node(), "a check file needs `checks` (a map of check name to definition)");
            return;
        }
        if (Fields.isNull(checks.get())) {
            return;
        }
        Optional<Fields> byName = Fields.of(checks.get(), "`checks`", problems);
        if (byName.isEmpty()) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple tuple : byName.get().node().getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode name) || !seen.add(name.getValue())) {
                continue; // reported by Fields
            }
            CheckDefinition earlier = defined.get(name.getValue());
            if (earlier != null) {
                problems.at(name, "check \"" + name.getValue() + "\" is already defined at " + earlier.source());
                continue;
            }
            CheckDefinition definition = definitions.read(name, tuple.getValueNode(), problems);
            if (definition != null) {
                defined.put(definition.name(), definition);
            }
        }
    }
}
