package dev.layerlab.ui.markdown;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Renders lesson Markdown (CommonMark plus GFM tables) to styled lines for a terminal of a given
 * width.
 *
 * <p>Layout: blocks are separated by one blank line; paragraphs and headings are word-wrapped
 * (a word is cut only when it is wider than the line); headings carry {@link Style#HEADING};
 * code blocks are kept exactly, never wrapped, indented by two spaces and styled
 * {@link Style#CODE_BLOCK}; bullet items start with {@code "• "}, ordered ones with
 * {@code "1. "}, and their wrapped lines are indented to the text; block quotes put
 * {@code "│ "} before every line and style it {@link Style#QUOTE}; links show their text
 * ({@link Style#LINK}) then {@code " (url)"} ({@link Style#MUTED}); a thematic break is a rule
 * across the width. Widths count one column per code point. No line ends in a space.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownRenderer {

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final Glyphs glyphs;

    /**
     * @param unicode {@code true} to draw with {@code • │ ─ ┼}; {@code false} for terminals that
     *     can only show ASCII, which get {@code * | - +}
     */
    public MarkdownRenderer(boolean unicode) {
        this.glyphs = Glyphs.of(unicode);
    }

    /**
     * Lays out {@code markdown} for {@code width} columns.
     *
     * @param width columns available; values below 1 are treated as 1
     * @return the lines top to bottom, without leading or trailing blank lines; empty for blank
     *     input
     */
    public List<Line> render(String markdown, int width) {
        Objects.requireNonNull(markdown, "markdown");
        return new Blocks(glyphs).children(parser.parse(markdown), Math.max(1, width), false);
    }

    /** The lines as plain text, joined by {@code \n} (no trailing newline), without any styling. */
    public static String toPlainText(List<Line> lines) {
        return lines.stream().map(Line::plain).collect(Collectors.joining("\n"));
    }
}
