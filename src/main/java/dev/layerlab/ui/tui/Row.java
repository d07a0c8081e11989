package dev.layerlab.ui.tui;

import java.util.ArrayList;
import java.util.List;

/** One line of the screen as runs of painted text; built on the UI thread, then drawn. */
final class Row {

    /** A run of text in one paint. */
    record Piece(String text, Paint paint) {
    }

    private final List<Piece> pieces = new ArrayList<>();

    static Row of(String text, Paint paint) {
        return new Row().add(text, paint);
    }

    static Row blank() {
        return new Row();
    }

    Row add(String text, Paint paint) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text.replace('\t', ' '), paint));
        }
        return this;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** Columns, one per code point. */
    int width() {
        return pieces.stream().mapToInt(p -> p.text().codePointCount(0, p.text().length())).sum();
    }

    String plain() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
