package dev.layerlab.lesson.load;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Places the one-line messages of {@code CheckRegistry.problems} and {@code ParamChecks.problems}
 * on the node they are about: an unknown parameter at its key, a bad value at the value, a
 * missing parameter or an unknown check at the call itself.
 */
final class ArgumentProblems {

    private ArgumentProblems() {
    }

    /**
     * @param prefix the subject the message starts with (e.g. {@code check "image-present"}),
     *     skipped so that a parameter sharing its name is not mistaken for it
     * @param fallback where the message goes when it names no given argument
     */
    static Node locate(String message, String prefix, Node fallback, Map<String, NodeTuple> args) {
        String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        int first = Integer.MAX_VALUE;
        Node where = fallback;
        for (Map.Entry<String, NodeTuple> arg : args.entrySet()) {
            int at = rest.indexOf("\"" + arg.getKey() + "\"");
            if (at >= 0 && at < first) {
                first = at;
                where = rest.contains("has no parameter") ? arg.getValue().getKeyNode() : arg.getValue().getValueNode();
            }
        }
        return where;
    }
}
