package dev.layerlab.ui.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TextColor.ANSI;
import dev.layerlab.ui.markdown.Style;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the interface looks: colours, or only bold and reverse when {@code NO_COLOR} is set; Unicode
 * marks, or ASCII when the locale is not UTF-8.
 */
final class Theme {

    /** What a piece of the interface is, for choosing its paint. */
    enum Role { TEXT, TITLE, STATUS, BANNER, NOTICE, PASS, FAIL, ERROR, PENDING, MUTED, ACCENT, COMMAND, SELECTED, KEY, DIALOG }

    private final boolean color;
    private final Glyphs glyphs;
    private final Map<Role, Paint> roles = new EnumMap<>(Role.class);

    Theme(boolean color, boolean unicode) {
        this.color = color;
        this.glyphs = Glyphs.of(unicode);
        for (Role role : Role.values()) {
            roles.put(role, color ? colour(role) : mono(role));
        }
    }

    /**
     * From the environment: {@code NO_COLOR} (any non-empty value) turns colour off; the first of
     * {@code LC_ALL}, {@code LC_CTYPE}, {@code LANG} that is set decides Unicode (it must name UTF-8).
     */
    static Theme from(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean color = noColor == null || noColor.isEmpty();
        String locale = "";
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                locale = value;
                break;
            }
        }
        String lower = locale.toLowerCase(Locale.ROOT);
        return new Theme(color, lower.contains("utf-8") || lower.contains("utf8"));
    }

    Glyphs glyphs() {
        return glyphs;
    }

    boolean unicode() {
        return glyphs == Glyphs.UNICODE;
    }

    boolean color() {
        return color;
    }

    Paint paint(Role role) {
        return roles.get(role);
    }

    /** The paint of rendered Markdown with these styles, on top of plain text. */
    Paint paint(Set<Style> styles) {
        Paint paint = roles.get(Role.TEXT);
        for (Style style : styles) {
            paint = paint.over(markdown(style));
        }
        return paint;
    }

    private Paint markdown(Style style) {
        if (!color) {
            return switch (style) {
                case BOLD, HEADING, CODE -> Paint.of(ANSI.DEFAULT, ANSI.DEFAULT, SGR.BOLD);
                default -> Paint.PLAIN;
            };
        }
        return switch (style) {
            case BOLD -> Paint.of(ANSI.DEFAULT, ANSI.DEFAULT, SGR.BOLD);
            case ITALIC -> Paint.of(ANSI.DEFAULT, ANSI.DEFAULT, SGR.ITALIC);
            case CODE -> Paint.of(ANSI.YELLOW, ANSI.DEFAULT);
            case HEADING -> Paint.of(ANSI.CYAN, ANSI.DEFAULT, SGR.BOLD);
            case QUOTE -> Paint.of(ANSI.BLUE, ANSI.DEFAULT, SGR.ITALIC);
            case CODE_BLOCK -> Paint.of(ANSI.GREEN, ANSI.DEFAULT);
            case LINK -> Paint.of(ANSI.BLUE, ANSI.DEFAULT, SGR.UNDERLINE);
            case MUTED -> Paint.of(ANSI.WHITE, ANSI.DEFAULT);
        };
    }

    private static Paint colour(Role role) {
        TextColor none = ANSI.DEFAULT;
        return switch (role) {
            case TEXT -> Paint.PLAIN;
            case TITLE -> Paint.of(ANSI.WHITE_BRIGHT, ANSI.BLUE, SGR.BOLD);
            case STATUS -> Paint.of(ANSI.BLACK, ANSI.WHITE);
            case BANNER -> Paint.of(ANSI.WHITE_BRIGHT, ANSI.RED, SGR.BOLD);
            case NOTICE -> Paint.of(ANSI.YELLOW, none, SGR.BOLD);
            case PASS -> Paint.of(ANSI.GREEN, none, SGR.BOLD);
            case FAIL -> Paint.of(ANSI.RED, none, SGR.BOLD);
            case ERROR -> Paint.of(ANSI.MAGENTA, none, SGR.BOLD);
            case PENDING, MUTED -> Paint.of(ANSI.WHITE, none);
            case ACCENT -> Paint.of(ANSI.CYAN, none, SGR.BOLD);
            case COMMAND -> Paint.of(ANSI.YELLOW, none);
            case SELECTED -> Paint.of(ANSI.BLACK, ANSI.CYAN);
            case KEY -> Paint.of(ANSI.CYAN, none, SGR.BOLD);
            case DIALOG -> Paint.of(ANSI.WHITE_BRIGHT, ANSI.BLACK);
        };
    }

    private static Paint mono(Role role) {
        TextColor none = ANSI.DEFAULT;
        return switch (role) {
            case TITLE, STATUS, SELECTED -> Paint.of(none, none, SGR.REVERSE);
            case BANNER -> Paint.of(none, none, SGR.REVERSE, SGR.BOLD);
            case NOTICE, PASS, FAIL, ERROR, ACCENT, KEY -> Paint.of(none, none, SGR.BOLD);
            default -> Paint.PLAIN;
        };
    }
}
