package dev.layerlab.check;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two kinds of placeholders: {@code {param}} in a check definition's templates, filled from
 * the check's arguments, and {@code ${capture}} in a lesson's arguments, filled from values saved
 * by earlier steps.
 */
final class Template {

    private static final Pattern PARAM = Pattern.compile("(?<!\\$)\\{([A-Za-z_][A-Za-z0-9_-]*)\\}");
    private static final Pattern CAPTURE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_-]*)\\}");
    private static final Pattern FULL_ID = Pattern.compile("(sha256:)?[0-9a-f]{64}");

    private Template() {
    }

    /** Fills {@code {param}} from {@code values}; unknown placeholders stay as written. */
    static String fill(String template, Map<String, String> values) {
        return template == null ? "" : replace(PARAM, template, name -> values.get(name));
    }

    /** Like {@link #fill}, but full 64-digit IDs are shown as the 12-digit ones {@code docker ps} prints. */
    static String fillForReading(String template, Map<String, String> values) {
        return template == null ? "" : replace(PARAM, template, name -> {
            String value = values.get(name);
            return value != null && FULL_ID.matcher(value).matches() ? dev.layerlab.docker.ShortIds.shorten(value) : value;
        });
    }

    /** The parameter's name when the template is exactly {@code {param}}. */
    static Optional<String> soleParam(String template) {
        Matcher matcher = PARAM.matcher(template == null ? "" : template.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Fills {@code ${capture}}.
     *
     * @throws MissingCaptureException when a referenced value was never captured
     */
    static String fillCaptures(String value, Map<String, String> captures) {
        return replace(CAPTURE, value, name -> {
            String captured = captures.get(name);
            if (captured == null) {
                throw new MissingCaptureException(name);
            }
            return captured;
        });
    }

    private static String replace(Pattern pattern, String text, Function<String, String> lookup) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = lookup.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A {@code ${name}} whose value no earlier step saved. */
    static final class MissingCaptureException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingCaptureException(String name) {
            super("needs \"" + name + "\", a value saved by an earlier step, but it was never saved (redo that step)");
        }
    }
}
