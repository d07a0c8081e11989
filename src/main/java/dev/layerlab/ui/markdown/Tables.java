package dev.layerlab.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;

/**
 * GFM tables: columns padded to their widest cell and aligned as the separator row says, the
 * header row in bold and ruled off. A table wider than the screen is shown instead as one
 * "Header: value" line per cell, row after row, because a cut table is unreadable.
 */
final class Tables {

    private final Glyphs glyphs;

    Tables(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    private record Cell(List<Span> spans, int width, TableCell.Alignment alignment) {}

    List<Line> render(TableBlock table, int width) {
        List<List<Cell>> rows = new ArrayList<>();
        collectRows(table, rows);
        if (rows.isEmpty()) {
            return List.of();
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<Cell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).width());
            }
        }
        int total = 3 * (columns - 1);
        for (int w : widths) {
            total += w;
        }
        return total <= width ? grid(rows, widths) : stacked(rows, width);
    }

    private static void collectRows(Node parent, List<List<Cell>> rows) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableCell) {
                continue;
            }
            if (n.getFirstChild() instanceof TableCell) {
                List<Cell> row = new ArrayList<>();
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    TableCell cell = (TableCell) c;
                    List<Span> spans = new ArrayList<>();
                    Inlines.flat(cell).forEach(s -> spans.add(cell.isHeader() ? s.plus(Set.of(Style.BOLD)) : s));
                    Line line = new Line(spans);
                    row.add(new Cell(line.spans(), line.width(), cell.getAlignment()));
                }
                rows.add(row);
            } else {
                collectRows(n, rows);
            }
        }
    }

    private List<Line> grid(List<List<Cell>> rows, int[] widths) {
        List<Line> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.add(row(rows.get(r), widths));
            if (r == 0) {
                out.add(rule(widths));
            }
        }
        return out;
    }

    private Line row(List<Cell> cells, int[] widths) {
        List<Span> spans = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                spans.add(Span.of(" " + glyphs.column() + " ", Style.MUTED));
            }
            Cell cell = c < cells.size() ? cells.get(c) : new Cell(List.of(), 0, null);
            int gap = widths[c] - cell.width();
            int left = switch (cell.alignment() == null ? TableCell.Alignment.LEFT : cell.alignment()) {
                case LEFT -> 0;
                case CENTER -> gap / 2;
                case RIGHT -> gap;
            };
            spans.add(Span.of(" ".repeat(left)));
            spans.addAll(cell.spans());
            if (c < widths.length - 1) {
                // The last column is not padded on the right: rows never end in spaces.
                spans.add(Span.of(" ".repeat(gap - left)));
            }
        }
        return new Line(spans);
    }

    private Line rule(int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                sb.append(glyphs.rule()).append(glyphs.cross()).append(glyphs.rule());
            }
            sb.append(glyphs.rule(widths[c]));
        }
        return Line.of(Span.of(sb.toString(), Style.MUTED));
    }

    private static List<Line> stacked(List<List<Cell>> rows, int width) {
        List<Cell> header = rows.get(0);
        List<Line> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            if (r > 1) {
                out.add(Line.blank());
            }
            List<Cell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                List<Span> spans = new ArrayList<>();
                if (c < header.size() && header.get(c).width() > 0) {
                    spans.addAll(header.get(c).spans());
                    spans.add(Span.of(": ", Style.BOLD));
                }
                spans.addAll(row.get(c).spans());
                List<Line> wrapped = Wrapper.wrap(spans, width - 2);
                if (!wrapped.isEmpty()) {
                    out.addAll(new Indent(Span.of(""), Span.of("  "), Set.of()).apply(wrapped));
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(Wrapper.wrap(flatten(header), width));
        }
        return out;
    }

    private static List<Span> flatten(List<Cell> cells) {
        List<Span> spans = new ArrayList<>();
        for (Cell cell : cells) {
            if (!spans.isEmpty()) {
                spans.add(Span.of(" "));
            }
            spans.addAll(cell.spans());
        }
        return spans;
    }
}
