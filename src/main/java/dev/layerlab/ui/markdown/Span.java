package dev.layerlab.ui.markdown;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A run of text with one set of styles. Never contains a line break.
 *
 * @param text the characters, shown as they are
 * @param styles what the text is; empty for plain text; unmodifiable
 */
public record Span(String text, Set<Style> styles) {

    public Span {
        Objects.requireNonNull(text, "text");
        styles = styles == null || styles.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Style.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(styles));
    }

    /** Text with the given styles (none: plain). */
    public static Span of(String text, Style... styles) {
        EnumSet<Style> set = EnumSet.noneOf(Style.class);
        Collections.addAll(set, styles);
        return new Span(text, set);
    }

    /** Whether the span carries {@code style}. */
    public boolean has(Style style) {
        return styles.contains(style);
    }

    /** Width in terminal columns: one per code point. */
    public int width() {
        return text.codePointCount(0, text.length());
    }

    /** The same text with {@code extra} styles added. */
    Span plus(Collection<Style> extra) {
        if (extra.isEmpty() || styles.containsAll(extra)) {
            return this;
        }
        EnumSet<Style> set = EnumSet.noneOf(Style.class);
        set.addAll(styles);
        set.addAll(extra);
        return new Span(text, set);
    }
}
