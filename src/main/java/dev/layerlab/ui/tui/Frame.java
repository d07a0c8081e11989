package dev.layerlab.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import dev.layerlab.session.LessonSummary;
import dev.layerlab.session.SessionState;
import dev.layerlab.ui.tui.Theme.Role;
import java.io.IOException;
import java.util.List;

/**
 * Draws one whole frame: title, daemon banner, the course map or the lesson, status bar, message
 * or command line, and a dialog or the help on top. Lines: title at the top; the status bar and
 * the message line at the bottom; the body between.
 */
final class Frame {

    static final int MIN_COLUMNS = 60;
    static final int MIN_ROWS = 16;

    /** What to draw; read on the UI thread. */
    record Model(SessionState state, List<LessonSummary> overview, int selected, int scroll, String notice,
            CommandLineEditor editor, ConfirmDialog dialog, boolean help) {
    }

    /**
     * @param page rows of the scrolling part, for PgUp/PgDn
     * @param scroll the scroll position actually used (clamped)
     * @param maxScroll the largest useful scroll position
     */
    record Metrics(int page, int scroll, int maxScroll) {
    }

    private final Screen screen;
    private final Theme theme;
    private final ScreenWriter writer;
    private final CourseMapView map;
    private final LessonView lesson;
    private final StatusBar status;

    Frame(Screen screen, Theme theme) {
        this.screen = screen;
        this.theme = theme;
        this.writer = new ScreenWriter(screen, theme.unicode());
        this.map = new CourseMapView(theme);
        this.lesson = new LessonView(theme);
        this.status = new StatusBar(theme);
    }

    Metrics draw(Model model) throws IOException {
        screen.doResizeIfNecessary();
        screen.clear();
        writer.begin();
        TerminalSize size = writer.size();
        int columns = size.getColumns();
        int rows = size.getRows();
        if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
            tooSmall(columns, rows);
            screen.setCursorPosition(null);
            screen.refresh();
            return new Metrics(1, model.scroll(), model.scroll());
        }
        writer.line(0, title(model.state()), theme.paint(Role.TITLE));
        int top = 1;
        for (Row banner : status.banner(model.state().daemon(), columns)) {
            writer.line(top++, banner, theme.paint(Role.BANNER));
        }
        int height = rows - 2 - top;
        Metrics metrics = model.state().lesson() == null ? drawMap(model, top, height, columns)
                : drawLesson(model, top, height, columns);
        writer.line(rows - 2, status.status(model.state().daemon(), columns), theme.paint(Role.STATUS));
        CommandLineEditor editor = model.editor();
        writer.line(rows - 1, editor.active() ? status.commandLine(editor.text()) : status.message(model.notice()), null);
        if (model.dialog() != null) {
            model.dialog().draw(writer, theme);
        } else if (model.help()) {
            HelpOverlay.draw(writer, theme);
        }
        screen.setCursorPosition(editor.active() && model.dialog() == null
                ? new TerminalPosition(Math.min(columns - 1, 3 + editor.cursor()), rows - 1) : null);
        screen.refresh();
        return metrics;
    }

    private Row title(SessionState state) {
        String sep = " " + theme.glyphs().vertical() + " ";
        Row row = Row.of(" layerlab" + sep, theme.paint(Role.TITLE));
        if (state.lesson() == null) {
            return row.add("Course map", theme.paint(Role.TITLE));
        }
        String step = state.lessonFinished() ? "finished"
                : "step " + (state.stepIndex() + 1) + " of " + state.lesson().steps().size()
                        + (state.step().title().isEmpty() ? "" : ": " + state.step().title());
        return row.add(state.lesson().title() + sep + step, theme.paint(Role.TITLE))
                .add(state.stepDone() && !state.lessonFinished() ? "  " + theme.glyphs().pass() + " done" : "",
                        theme.paint(Role.TITLE));
    }

    private Metrics drawMap(Model model, int top, int height, int columns) {
        CourseMapView.Layout layout = map.layout(model.overview(), model.selected(), columns);
        int first = Math.max(0, Math.min(layout.selectedRow() - height + 3, layout.rows().size() - height));
        for (int i = 0; i < height && first + i < layout.rows().size(); i++) {
            writer.line(top + i, layout.rows().get(first + i), null);
        }
        return new Metrics(height, 0, 0);
    }

    private Metrics drawLesson(Model model, int top, int height, int columns) {
        LessonView.Layout layout = lesson.layout(model.state(), columns);
        List<Row> panel = layout.panel();
        int panelHeight = Math.min(panel.size(), Math.max(3, height / 2));
        int readingHeight = Math.max(1, height - panelHeight - (panel.isEmpty() ? 0 : 1));
        int maxScroll = Math.max(0, layout.reading().size() - readingHeight);
        int scroll = Math.max(0, Math.min(model.scroll(), maxScroll));
        for (int i = 0; i < readingHeight && scroll + i < layout.reading().size(); i++) {
            writer.line(top + i, layout.reading().get(scroll + i), null);
        }
        if (!panel.isEmpty()) {
            writer.line(top + readingHeight, rule(columns, scroll, maxScroll), null);
            for (int i = 0; i < panelHeight; i++) {
                // When the panel is cut, its last line (what Enter does) still shows.
                Row row = i == panelHeight - 1 ? panel.get(panel.size() - 1) : panel.get(i);
                writer.line(top + readingHeight + 1 + i, row, null);
            }
        }
        return new Metrics(readingHeight, scroll, maxScroll);
    }

    private Row rule(int columns, int scroll, int maxScroll) {
        Glyphs g = theme.glyphs();
        String more = scroll < maxScroll ? " " + g.more() + " more: Down/PgDn " : "";
        String where = maxScroll > 0 ? " " + (100 * scroll / maxScroll) + "% " : "";
        int length = Math.max(0, columns - more.length() - where.length() - 2);
        return new Row().add(g.rule().repeat(2), theme.paint(Role.MUTED)).add(more, theme.paint(Role.NOTICE))
                .add(g.rule().repeat(length), theme.paint(Role.MUTED)).add(where, theme.paint(Role.MUTED));
    }

    private void tooSmall(int columns, int rows) {
        String times = theme.unicode() ? "×" : "x";
        List<String> lines = List.of("Make the window at least " + MIN_COLUMNS + times + MIN_ROWS,
                "(it is " + columns + times + rows + " now)", "q quits");
        int y = Math.max(0, rows / 2 - 1);
        for (int i = 0; i < lines.size(); i++) {
            String text = ScreenWriter.clip(lines.get(i), columns);
            int x = Math.max(0, (columns - text.length()) / 2);
            writer.row(x, y + i, columns - x, Row.of(text, theme.paint(i == 0 ? Role.NOTICE : Role.TEXT)), null);
        }
    }
}
