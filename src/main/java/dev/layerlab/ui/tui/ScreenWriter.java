package dev.layerlab.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import java.util.List;

/** Draws rows and boxes onto the screen's back buffer, clipped to its size. */
final class ScreenWriter {

    private final Screen screen;
    private final boolean unicode;
    private TextGraphics graphics;

    /** @param unicode false when the terminal shows only ASCII: all text is folded to it */
    ScreenWriter(Screen screen, boolean unicode) {
        this.screen = screen;
        this.unicode = unicode;
    }

    /** Call before each frame: the size may have changed. */
    void begin() {
        graphics = screen.newTextGraphics();
    }

    TerminalSize size() {
        return graphics.getSize();
    }

    /** Draws {@code row} at column {@code x} of line {@code y}, at most {@code width} columns, then fills the rest with {@code fill}. */
    void row(int x, int y, int width, Row row, Paint fill) {
        if (y < 0 || y >= size().getRows()) {
            return;
        }
        int column = x;
        int end = Math.min(x + width, size().getColumns());
        for (Row.Piece piece : row.pieces()) {
            if (column >= end) {
                break;
            }
            String text = clip(unicode ? piece.text() : AsciiFold.fold(piece.text()), end - column);
            paint(piece.paint());
            graphics.putString(column, y, text);
            column += text.codePointCount(0, text.length());
        }
        if (fill != null && column < end) {
            paint(fill);
            graphics.putString(column, y, " ".repeat(end - column));
        }
    }

    /** A whole screen line. */
    void line(int y, Row row, Paint fill) {
        row(0, y, size().getColumns(), row, fill);
    }

    /**
     * A framed box in the middle of the screen with {@code title} in its top edge and {@code content}
     * inside, as wide as the content needs (at most the screen less a margin).
     */
    void box(String title, List<Row> content, Paint paint, boolean unicode) {
        int columns = size().getColumns();
        int rows = size().getRows();
        int inner = Math.min(columns - 6, Math.max(title.length() + 4, content.stream().mapToInt(Row::width).max().orElse(0)));
        int height = Math.min(rows - 2, content.size() + 2);
        int x = Math.max(0, (columns - inner - 4) / 2);
        int y = Math.max(0, (rows - height) / 2);
        String h = unicode ? "─" : "-";
        String v = unicode ? "│" : "|";
        String top = (unicode ? "┌" : "+") + h + " " + title + " " + h.repeat(Math.max(0, inner - title.length() - 1));
        row(x, y, inner + 4, Row.of(clip(top, inner + 3) + (unicode ? "┐" : "+"), paint), paint);
        for (int i = 0; i < height - 2; i++) {
            row(x, y + 1 + i, 2, Row.of(v + " ", paint), paint);
            row(x + 2, y + 1 + i, inner, content.get(i), paint);
            row(x + inner + 2, y + 1 + i, 2, Row.of(" " + v, paint), paint);
        }
        row(x, y + height - 1, inner + 4, Row.of((unicode ? "└" : "+") + h.repeat(inner + 2) + (unicode ? "┘" : "+"), paint),
                paint);
    }

    private void paint(Paint paint) {
        graphics.setForegroundColor(paint.foreground());
        graphics.setBackgroundColor(paint.background());
        graphics.clearModifiers();
        if (!paint.modifiers().isEmpty()) {
            graphics.setModifiers(java.util.EnumSet.copyOf(paint.modifiers()));
        }
    }

    /** The first {@code columns} code points of {@code text}. */
    static String clip(String text, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= columns) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, columns));
    }
}
