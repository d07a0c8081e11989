package dev.layerlab.ui.tui;

/**
 * The marks and lines the full-screen interface draws, in Unicode or, for a locale that cannot
 * show it, ASCII.
 */
record Glyphs(String pass, String fail, String error, String pending, String rule, String vertical,
        String barFull, String barEmpty, String next, String ellipsis, String more, String corner, String dot) {

    static final Glyphs UNICODE = new Glyphs("✓", "✗", "!", "·", "─", "│", "█", "░", "▶", "…", "↓", "┼", "·");
    static final Glyphs ASCII = new Glyphs("[x]", "[ ]", "[!]", "[.]", "-", "|", "#", ".", ">", "...", "v", "+", "-");

    static Glyphs of(boolean unicode) {
        return unicode ? UNICODE : ASCII;
    }

    /** A progress bar {@code width} cells wide, e.g. {@code ██████░░░░}. */
    String bar(double fraction, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        return barFull.repeat(filled) + barEmpty.repeat(width - filled);
    }
}
