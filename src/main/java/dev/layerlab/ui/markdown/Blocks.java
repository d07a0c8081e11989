package dev.layerlab.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Lays out block nodes. Each block is rendered at the width it may use; a container (quote,
 * list item) renders its children narrower and puts its prefix in front, which is how wrapped
 * list items and quotes keep their indentation at any depth.
 */
final class Blocks {

    private static final String CODE_INDENT = "  ";

    private final Glyphs glyphs;
    private final Tables tables;

    Blocks(Glyphs glyphs) {
        this.glyphs = glyphs;
        this.tables = new Tables(glyphs);
    }

    /** The children of {@code parent}, separated by a blank line unless {@code tight}. */
    List<Line> children(Node parent, int width, boolean tight) {
        List<Line> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            List<Line> lines = block(n, width);
            if (lines.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !tight) {
                out.add(Line.blank());
            }
            out.addAll(lines);
        }
        return out;
    }

    private List<Line> block(Node n, int width) {
        if (n instanceof Paragraph) {
            return inline(n, width, Set.of());
        } else if (n instanceof Heading) {
            return inline(n, width, Set.of(Style.HEADING));
        } else if (n instanceof FencedCodeBlock code) {
            return code(code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            return code(code.getLiteral());
        } else if (n instanceof BlockQuote) {
            return quote(n, width);
        } else if (n instanceof ListBlock list) {
            return list(list, width);
        } else if (n instanceof ThematicBreak) {
            return List.of(Line.of(Span.of(glyphs.rule(width), Style.MUTED)));
        } else if (n instanceof TableBlock table) {
            return tables.render(table, width);
        } else if (n instanceof HtmlBlock html) {
            return verbatim(html.getLiteral(), "", Style.MUTED);
        } else if (n instanceof LinkReferenceDefinition) {
            return List.of();
        }
        return children(n, width, false);
    }

    private static List<Line> inline(Node n, int width, Set<Style> extra) {
        List<Line> out = new ArrayList<>();
        for (List<Span> segment : Inlines.of(n)) {
            List<Span> styled = new ArrayList<>(segment.size());
            segment.forEach(s -> styled.add(s.plus(extra)));
            List<Line> lines = Wrapper.wrap(styled, width);
            out.addAll(lines.isEmpty() ? List.of(Line.blank()) : lines);
        }
        return out;
    }

    /** Code is shown exactly as written, never wrapped: a cut command line would mislead. */
    private static List<Line> code(String literal) {
        return verbatim(literal, CODE_INDENT, Style.CODE_BLOCK);
    }

    private static List<Line> verbatim(String literal, String indent, Style style) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        List<Line> out = new ArrayList<>();
        for (String row : text.split("\n", -1)) {
            out.add(row.isEmpty() ? Line.blank() : Line.of(Span.of(indent), Span.of(row, style)));
        }
        return out;
    }

    private List<Line> quote(Node n, int width) {
        Span bar = Span.of(glyphs.quoteBar() + " ", Style.QUOTE);
        return new Indent(bar, bar, Set.of(Style.QUOTE)).apply(children(n, Math.max(1, width - 2), false));
    }

    private List<Line> list(ListBlock list, int width) {
        List<String> markers = markers(list);
        int markerWidth = markers.stream().mapToInt(String::length).max().orElse(0);
        List<Line> out = new ArrayList<>();
        int i = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), i++) {
            String marker = " ".repeat(markerWidth - markers.get(i).length()) + markers.get(i);
            List<Line> body = children(item, Math.max(1, width - markerWidth), list.isTight());
            if (body.isEmpty()) {
                body = List.of(Line.blank());
            }
            if (i > 0 && !list.isTight()) {
                out.add(Line.blank());
            }
            out.addAll(new Indent(Span.of(marker), Span.of(" ".repeat(markerWidth)), Set.of()).apply(body));
        }
        return out;
    }

    /** "• " for bullets; "1. ", "2. " ... for ordered lists, numbers right-aligned by the caller. */
    private List<String> markers(ListBlock list) {
        List<String> markers = new ArrayList<>();
        int number = 1;
        String delimiter = ".";
        if (list instanceof OrderedList ordered) {
            Integer start = ordered.getMarkerStartNumber();
            number = start == null ? 1 : start;
            delimiter = ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter();
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            markers.add(list instanceof BulletList ? glyphs.bullet() + " " : (number++) + delimiter + " ");
        }
        return markers;
    }
}
