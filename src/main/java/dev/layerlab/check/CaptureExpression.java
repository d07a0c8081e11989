package dev.layerlab.check;

import java.util.Optional;
import java.util.Set;

/**
 * What a step saves for a later one, e.g. {@code container.scratchpad.id}: the kind of object,
 * which one, and which property. Grammar: {@code container.<name>.id},
 * {@code container.<name>.image_id}, {@code image.<ref>.id}, where {@code <ref>} may contain
 * {@code :}, {@code /}, {@code @} and dots (split on the first dot and the last dot).
 */
public record CaptureExpression(String kind, String target, String property) {

    private static final Set<String> CONTAINER_PROPERTIES = Set.of("id", "image_id");
    private static final Set<String> IMAGE_PROPERTIES = Set.of("id");

    /** The expression, or empty when it does not follow the grammar. */
    public static Optional<CaptureExpression> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String expression = text.trim();
        int first = expression.indexOf('.');
        int last = expression.lastIndexOf('.');
        if (first <= 0 || last <= first + 1 || last == expression.length() - 1) {
            return Optional.empty();
        }
        String kind = expression.substring(0, first);
        String target = expression.substring(first + 1, last);
        String property = expression.substring(last + 1);
        boolean known = switch (kind) {
            case "container" -> CONTAINER_PROPERTIES.contains(property);
            case "image" -> IMAGE_PROPERTIES.contains(property);
            default -> false;
        };
        return known ? Optional.of(new CaptureExpression(kind, target, property)) : Optional.empty();
    }

    @Override
    public String toString() {
        return kind + "." + target + "." + property;
    }
}
