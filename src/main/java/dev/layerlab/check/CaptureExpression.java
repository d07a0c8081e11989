package dev.layerlab.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a step's {@code capture:} remembers once its checks pass, e.g.
 * {@code container.scratchpad.id}. The forms are:
 * <ul>
 *   <li>{@code container.NAME.id} — the full ID of the container named NAME</li>
 *   <li>{@code container.NAME.image_id} — the ID of the image that container was created from</li>
 *   <li>{@code image.REF.id} — the ID of the image REF (which may hold {@code :} and {@code /},
 *       e.g. {@code image.nginx:alpine.id})</li>
 * </ul>
 *
 * @param kind {@code container} or {@code image}
 * @param target the container name or image reference
 * @param property {@code id} or {@code image_id}
 */
public record CaptureExpression(String kind, String target, String property) {

    /** The forms, as shown to authors in error messages. */
    public static final String FORMS = "container.NAME.id, container.NAME.image_id, image.REF.id";

    // Container names may hold dots, so the kind is everything before the first dot and the
    // property everything after the last one.
    private static final Pattern CONTAINER = Pattern.compile("container\\.([a-zA-Z0-9][a-zA-Z0-9_.-]*)\\.(id|image_id)");
    private static final Pattern IMAGE = Pattern.compile("image\\.([a-zA-Z0-9][a-zA-Z0-9_.:/@-]*)\\.(id)");

    /** The expression, or empty when {@code text} is not one of the {@link #FORMS}. */
    public static Optional<CaptureExpression> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (Pattern pattern : new Pattern[] {CONTAINER, IMAGE}) {
            Matcher m = pattern.matcher(trimmed);
            if (m.matches()) {
                String kind = trimmed.substring(0, trimmed.indexOf('.'));
                return Optional.of(new CaptureExpression(kind, m.group(1), m.group(2)));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return kind + "." + target + "." + property;
    }
}
