package dev.layerlab.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a run of text is drawn: colours and modifiers.
 *
 * @param foreground the text colour
 * @param background the background colour
 * @param modifiers bold, reverse, ...; unmodifiable
 */
record Paint(TextColor foreground, TextColor background, Set<SGR> modifiers) {

    static final Paint PLAIN = new Paint(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    Paint {
        modifiers = modifiers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modifiers));
    }

    static Paint of(TextColor foreground, TextColor background, SGR... modifiers) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        Collections.addAll(set, modifiers);
        return new Paint(foreground, background, set);
    }

    /** This paint with {@code other}'s colours where it sets one and both sets of modifiers. */
    Paint over(Paint other) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        set.addAll(modifiers);
        set.addAll(other.modifiers);
        return new Paint(other.foreground == TextColor.ANSI.DEFAULT ? foreground : other.foreground,
                other.background == TextColor.ANSI.DEFAULT ? background : other.background, set);
    }
}
