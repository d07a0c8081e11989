package dev.layerlab.lesson.load;

import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** One entry of a check's {@code params:}, e.g. {@code port: { type: int, required: false }}. */
final class ParamSpecReader {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_-]*");
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("type", "required", "default", "description"));
    private static final Set<String> TYPES = new LinkedHashSet<>(List.of("string", "int", "bool"));

    /** The spec, or null when it has problems (they are reported). */
    ParamSpec read(ScalarNode nameNode, Node value, String checkName, FileProblems problems) {
        String name = nameNode.getValue();
        int before = problems.count();
        if (!NAME.matcher(name).matches()) {
            problems.at(nameNode, "parameter name \"" + name + "\" may only use a-z, 0-9, _ and -, and must start with a letter or _");
        }
        if (Fields.isNull(value)) {
            return problems.count() == before ? ParamSpec.required(name, ParamType.STRING, describe(ParamType.STRING)) : null;
        }
        Optional<Fields> found = Fields.of(value, "parameter \"" + name + "\" of check \"" + checkName + "\"", problems);
        if (found.isEmpty()) {
            return null;
        }
        Fields fields = found.get();
        fields.allowOnly(KEYS);
        ParamType type = type(fields, problems);
        boolean required = required(fields, problems);
        Optional<Node> defaultNode = fields.value("default").filter(d -> !Fields.isNull(d));
        String defaultValue = null;
        if (defaultNode.isPresent()) {
            defaultValue = fields.text("default", null);
            if (fields.value("required").isPresent() && required) {
                problems.at(fields.keyNode("required").orElseThrow(), "parameter \"" + name
                        + "\" has a default, so it is optional: remove `required: true`");
            }
            String rejected = defaultValue == null ? null : new ParamSpec(name, type, false, null, "").rejects(defaultValue);
            if (rejected != null) {
                problems.at(defaultNode.get(), "default: " + rejected);
            }
        }
        String description = fields.text("description", describe(type));
        ParamSpec spec = new ParamSpec(name, type, required && defaultValue == null, defaultValue, description);
        return problems.count() == before ? spec : null;
    }

    private static ParamType type(Fields fields, FileProblems problems) {
        String text = fields.text("type", "string");
        if (TYPES.contains(text)) {
            return ParamType.valueOf(text.toUpperCase(Locale.ROOT));
        }
        problems.at(fields.value("type").orElseThrow(), "`type` must be string, int or bool, found \"" + text + "\""
                + Suggestions.didYouMean(text, TYPES));
        return ParamType.STRING;
    }

    private static boolean required(Fields fields, FileProblems problems) {
        Optional<Node> value = fields.value("required");
        if (value.isEmpty() || Fields.isNull(value.get())) {
            return true;
        }
        String text = value.get() instanceof ScalarNode scalar ? scalar.getValue() : "";
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        problems.at(value.get(), "`required` must be true or false, found " + Fields.describe(value.get()));
        return true;
    }

    private static String describe(ParamType type) {
        return switch (type) {
            case STRING -> "text";
            case INT -> "a whole number";
            case BOOL -> "true or false";
        };
    }
}
