package dev.layerlab.ui.markdown;

/**
 * The drawing characters, in a Unicode set and an ASCII set for terminals that cannot show
 * box-drawing characters.
 */
record Glyphs(String bullet, String quoteBar, String rule, String column, String cross) {

    static final Glyphs UNICODE = new Glyphs("•", "│", "─", "│", "┼");
    static final Glyphs ASCII = new Glyphs("*", "|", "-", "|", "+");

    static Glyphs of(boolean unicode) {
        return unicode ? UNICODE : ASCII;
    }

    /** A horizontal rule {@code width} columns long. */
    String rule(int width) {
        return rule.repeat(Math.max(0, width));
    }
}
