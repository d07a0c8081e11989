package dev.layerlab.ui.plain;

/** The marks the line mode prints, in Unicode or, for terminals that cannot show it, ASCII. */
record Glyphs(String pass, String fail, String error, String pending, String rule, String bullet) {

    static final Glyphs UNICODE = new Glyphs("✓", "✗", "!", "·", "─", "•");
    static final Glyphs ASCII = new Glyphs("[x]", "[ ]", "[!]", "[.]", "-", "*");

    static Glyphs forUnicode(boolean unicode) {
        return unicode ? UNICODE : ASCII;
    }
}
