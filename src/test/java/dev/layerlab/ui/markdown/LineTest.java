package dev.layerlab.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

    @Test
    void adjacentSpansWithTheSameStylesMergeAndEmptyOnesDrop() {
        Line line = new Line(List.of(
                Span.of("a", Style.BOLD), Span.of(""), Span.of("b", Style.BOLD), Span.of("c")));
        assertEquals(List.of(Span.of("ab", Style.BOLD), Span.of("c")), line.spans());
        assertEquals("abc", line.plain());
        assertEquals(3, line.width());
    }

    @Test
    void widthCountsCodePoints() {
        assertEquals(3, Line.of(Span.of("•─𝄞")).width());
    }

    @Test
    void blankLineHasNoSpans() {
        assertTrue(Line.blank().isBlank());
        assertTrue(Line.of(Span.of("")).isBlank());
        assertEquals("", Line.blank().plain());
    }

    @Test
    void spanStylesAreUnmodifiable() {
        Span span = Span.of("x", Style.CODE);
        assertThrows(UnsupportedOperationException.class, () -> span.styles().add(Style.BOLD));
        assertEquals(span, new Span("x", java.util.Set.of(Style.CODE)));
    }
}
