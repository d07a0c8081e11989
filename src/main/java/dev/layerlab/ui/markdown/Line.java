package dev.layerlab.ui.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * One rendered row of text. Adjacent spans with equal styles are merged and empty spans are
 * dropped, so two lines that look the same are equal.
 *
 * @param spans the styled runs from left to right; unmodifiable, empty for a blank line
 */
public record Line(List<Span> spans) {

    public Line {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).styles().equals(s.styles())) {
                merged.set(last, new Span(merged.get(last).text() + s.text(), s.styles()));
            } else {
                merged.add(s);
            }
        }
        spans = List.copyOf(merged);
    }

    /** An empty row. */
    public static Line blank() {
        return new Line(List.of());
    }

    /** A row of the given spans. */
    public static Line of(Span... spans) {
        return new Line(List.of(spans));
    }

    /** The text without any styling (no ANSI codes, nothing but the characters). */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** Width in terminal columns: one per code point. */
    public int width() {
        return spans.stream().mapToInt(Span::width).sum();
    }

    /** Whether the row shows nothing. */
    public boolean isBlank() {
        return spans.isEmpty();
    }
}
