package dev.layerlab.lesson.load;

import dev.layerlab.lesson.Cleanup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** A lesson's {@code cleanup:}: the Docker objects it creates, by name. */
final class CleanupReader {

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("containers", "images", "volumes", "networks"));

    Cleanup read(Optional<Node> node, FileProblems problems) {
        if (node.isEmpty() || Fields.isNull(node.get())) {
            return Cleanup.NONE;
        }
        Optional<Fields> found = Fields.of(node.get(), "`cleanup`", problems);
        if (found.isEmpty()) {
            return Cleanup.NONE;
        }
        Fields fields = found.get();
        fields.allowOnly(KEYS);
        return new Cleanup(fields.list("containers", "container names"), fields.list("images", "image names"),
                fields.list("volumes", "volume names"), fields.list("networks", "network names"));
    }
}
