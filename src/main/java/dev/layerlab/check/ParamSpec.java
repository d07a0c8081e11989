package dev.layerlab.check;

/**
 * One parameter of a primitive or of a named check.
 *
 * @param name the key used in YAML
 * @param type its type
 * @param required whether it must be given
 * @param defaultValue the value when not given (as text), null when none
 * @param description one sentence for authors
 */
public record ParamSpec(String name, ParamType type, boolean required, String defaultValue, String description) {

    public static ParamSpec required(String name, ParamType type, String description) {
        return new ParamSpec(name, type, true, null, description);
    }

    public static ParamSpec optional(String name, ParamType type, String defaultValue, String description) {
        return new ParamSpec(name, type, false, defaultValue, description);
    }

    /** Null when {@code value} is acceptable for this parameter, else a one-line reason. */
    public String rejects(String value) {
        return switch (type) {
            case STRING -> null;
            case INT -> value.matches("-?\\d{1,9}") ? null : "\"" + name + "\" must be a whole number, not \"" + value + "\"";
            case BOOL -> value.equals("true") || value.equals("false") ? null
                    : "\"" + name + "\" must be true or false, not \"" + value + "\"";
        };
    }
}
