package dev.layerlab.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Greedy word wrap of styled runs. Lines break only at spaces; a word wider than the whole line
 * is the one thing cut, at the column limit. Runs of spaces collapse to one, and no line starts
 * or ends with a space.
 */
final class Wrapper {

    /** A maximal run of non-space characters, possibly in several styles (e.g. {@code **a**,}). */
    private record Word(List<Span> parts, Set<Style> spaceStyles, int width) {}

    private Wrapper() {}

    /** {@code runs} wrapped to {@code width} (at least 1) columns; empty when there is no text. */
    static List<Line> wrap(List<Span> runs, int width) {
        int limit = Math.max(1, width);
        List<Line> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int used = 0;
        for (Word word : words(runs)) {
            if (used > 0 && used + 1 + word.width() <= limit) {
                current.add(new Span(" ", word.spaceStyles()));
                current.addAll(word.parts());
                used += 1 + word.width();
                continue;
            }
            if (used > 0) {
                lines.add(new Line(current));
                current = new ArrayList<>();
                used = 0;
            }
            List<Span> rest = word.parts();
            int restWidth = word.width();
            while (restWidth > limit) {
                lines.add(new Line(take(rest, limit)));
                rest = drop(rest, limit);
                restWidth -= limit;
            }
            current.addAll(rest);
            used = restWidth;
        }
        if (used > 0) {
            lines.add(new Line(current));
        }
        return lines;
    }

    private static List<Word> words(List<Span> runs) {
        List<Word> words = new ArrayList<>();
        List<Span> parts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int width = 0;
        Set<Style> spaceStyles = Set.of();
        for (Span run : runs) {
            String text = run.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == ' ' || cp == '\t') {
                    if (chunk.length() > 0) {
                        parts.add(new Span(chunk.toString(), run.styles()));
                        chunk.setLength(0);
                    }
                    if (!parts.isEmpty()) {
                        words.add(new Word(parts, spaceStyles, width));
                        parts = new ArrayList<>();
                        width = 0;
                        // The first space after a word decides how the gap before the next one
                        // looks, so that "**two words**" stays one bold run.
                        spaceStyles = run.styles();
                    }
                } else {
                    chunk.appendCodePoint(cp);
                    width++;
                }
            }
            if (chunk.length() > 0) {
                parts.add(new Span(chunk.toString(), run.styles()));
                chunk.setLength(0);
            }
        }
        if (!parts.isEmpty()) {
            words.add(new Word(parts, spaceStyles, width));
        }
        return words;
    }

    /** The first {@code columns} code points of {@code parts}. */
    private static List<Span> take(List<Span> parts, int columns) {
        List<Span> out = new ArrayList<>();
        int left = columns;
        for (Span s : parts) {
            if (left == 0) {
                break;
            }
            int w = s.width();
            if (w <= left) {
                out.add(s);
                left -= w;
            } else {
                out.add(new Span(s.text().substring(0, s.text().offsetByCodePoints(0, left)), s.styles()));
                left = 0;
            }
        }
        return out;
    }

    /** All but the first {@code columns} code points of {@code parts}. */
    private static List<Span> drop(List<Span> parts, int columns) {
        List<Span> out = new ArrayList<>();
        int skip = columns;
        for (Span s : parts) {
            int w = s.width();
            if (skip >= w) {
                skip -= w;
            } else {
                out.add(new Span(s.text().substring(s.text().offsetByCodePoints(0, skip)), s.styles()));
                skip = 0;
            }
        }
        return out;
    }
}
