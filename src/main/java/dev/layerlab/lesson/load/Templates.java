package dev.layerlab.lesson.load;

import dev.layerlab.check.Suggestions;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** The {@code {param}} placeholders of a check file's templates. */
final class Templates {

    // ${x} is a lesson's capture reference, passed through untouched, not a placeholder.
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{([^{}]*)}");

    private Templates() {
    }

    /** Reports each placeholder in {@code template} that is not one of {@code allowed}. */
    static void check(String template, Node where, String checkName, Set<String> allowed, FileProblems problems) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            if (!allowed.contains(name)) {
                problems.at(where, "{" + name + "} is not a parameter of check \"" + checkName + "\""
                        + Suggestions.didYouMean(name, allowed)
                        + (allowed.isEmpty() ? "; declare it under `params`" : " (it has: " + String.join(", ", allowed) + ")"));
            }
        }
    }
}
