package dev.layerlab.lesson.load;

import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** The shape of lesson, step and check ids, and of capture names. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern CAPTURE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private Ids() {
    }

    /** Whether {@code id} is well formed; reports it at {@code node} if not. */
    static boolean check(String id, Node node, String what, FileProblems problems) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        String suggestion = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        problems.at(node, what + " \"" + id + "\" may only use a-z, 0-9 and -, and must start with a letter or digit"
                + (ID.matcher(suggestion).matches() ? " (try \"" + suggestion + "\")" : ""));
        return false;
    }

    static boolean isCaptureName(String name) {
        return CAPTURE_NAME.matcher(name).matches();
    }
}
