package dev.layerlab.ui.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The inline content of one block (a paragraph, a heading, a table cell) as styled runs, cut
 * into segments at hard line breaks. Soft breaks become spaces: the wrapper decides where lines
 * end.
 */
final class Inlines {

    private final List<List<Span>> segments = new ArrayList<>();

    private Inlines() {
        segments.add(new ArrayList<>());
    }

    /** The children of {@code block}, one list of spans per hard-broken segment (at least one). */
    static List<List<Span>> of(Node block) {
        Inlines inlines = new Inlines();
        inlines.walk(block, EnumSet.noneOf(Style.class));
        return inlines.segments;
    }

    /** The children of {@code block} on one line: hard breaks become spaces. */
    static List<Span> flat(Node block) {
        List<Span> out = new ArrayList<>();
        for (List<Span> segment : of(block)) {
            if (!out.isEmpty()) {
                out.add(Span.of(" "));
            }
            out.addAll(segment);
        }
        return out;
    }

    private void walk(Node parent, Set<Style> styles) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                add(t.getLiteral(), styles);
            } else if (n instanceof Code c) {
                add(c.getLiteral(), with(styles, Style.CODE));
            } else if (n instanceof Emphasis) {
                walk(n, with(styles, Style.ITALIC));
            } else if (n instanceof StrongEmphasis) {
                walk(n, with(styles, Style.BOLD));
            } else if (n instanceof Link link) {
                walk(n, with(styles, Style.LINK));
                target(link.getDestination(), n, styles);
            } else if (n instanceof Image image) {
                walk(n, styles);
                target(image.getDestination(), n, styles);
            } else if (n instanceof SoftLineBreak) {
                add(" ", styles);
            } else if (n instanceof HardLineBreak) {
                segments.add(new ArrayList<>());
            } else if (n instanceof HtmlInline html) {
                add(html.getLiteral(), styles);
            } else {
                walk(n, styles);
            }
        }
    }

    /** A link's address after its text, unless the text already is the address (autolinks). */
    private void target(String destination, Node node, Set<Style> styles) {
        if (destination == null || destination.isEmpty()) {
            return;
        }
        String text = textOf(node);
        if (destination.equals(text) || destination.equals("mailto:" + text)) {
            return;
        }
        add(" (" + destination + ")", with(styles, Style.MUTED));
    }

    private static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else {
                sb.append(textOf(n));
            }
        }
        return sb.toString();
    }

    private void add(String text, Set<Style> styles) {
        segments.get(segments.size() - 1).add(new Span(text.replace('\n', ' '), styles));
    }

    private static Set<Style> with(Set<Style> styles, Style extra) {
        EnumSet<Style> set = EnumSet.noneOf(Style.class);
        set.addAll(styles);
        set.add(extra);
        return Collections.unmodifiableSet(set);
    }
}
