package dev.layerlab.lesson.load;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The {@code version:} every lesson and check file starts with. */
final class FormatVersion {

    static final int CURRENT = 1;

    private FormatVersion() {
    }

    /**
     * Reports a missing or wrong version. False when the file was written for a newer layerlab:
     * its other keys may mean things this one does not know, so reading on would only mislead.
     */
    static boolean check(Fields fields, FileProblems problems) {
        Optional<Node> value = fields.value("version");
        if (value.isEmpty()) {
            problems.at(fields.node(), "missing `version: " + CURRENT + "` (the format version of this file)");
            return true;
        }
        String text = value.get() instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (text.matches("\\d{1,9}") && Integer.parseInt(text) > CURRENT) {
            problems.at(value.get(), "written for a newer layerlab (format version " + text + "); upgrade layerlab to read it");
            return false;
        }
        if (!text.equals(String.valueOf(CURRENT))) {
            problems.at(value.get(), "`version` must be " + CURRENT + ", found "
                    + (text.isEmpty() ? Fields.describe(value.get()) : "\"" + text + "\""));
        }
        return true;
    }
}
