package dev.layerlab.ui.tui;

import dev.layerlab.session.LessonSummary;
import dev.layerlab.ui.tui.Theme.Role;
import java.util.ArrayList;
import java.util.List;

/** The course map: tracks, their lessons with a progress bar each, the next one, the broken ones. */
final class CourseMapView {

    /**
     * @param rows the lines of the body, top to bottom
     * @param selectedRow which of them shows the chosen lesson (to keep it in view)
     */
    record Layout(List<Row> rows, int selectedRow) {
    }

    private static final int BAR = 10;

    private final Theme theme;

    CourseMapView(Theme theme) {
        this.theme = theme;
    }

    Layout layout(List<LessonSummary> lessons, int selected, int width) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.blank());
        int idWidth = Math.min(26, lessons.stream().mapToInt(l -> l.id().length()).max().orElse(10) + 1);
        String track = null;
        int selectedRow = 0;
        for (int i = 0; i < lessons.size(); i++) {
            LessonSummary lesson = lessons.get(i);
            if (!lesson.track().equals(track)) {
                track = lesson.track();
                if (rows.size() > 1) {
                    rows.add(Row.blank());
                }
                rows.add(Row.of("  " + (lesson.status() == LessonSummary.Status.BROKEN ? "Broken lessons" : track),
                        theme.paint(Role.ACCENT)));
            }
            if (i == selected) {
                selectedRow = rows.size();
            }
            rows.add(lessonRow(lesson, idWidth, i == selected));
            if (lesson.status() == LessonSummary.Status.BROKEN) {
                Wrap.words(lesson.problem(), width - 10).forEach(l -> rows.add(Row.of("        " + l, theme.paint(Role.FAIL))));
            }
        }
        if (lessons.isEmpty()) {
            rows.add(Row.of("  No lessons were found. Check --lessons DIR, or run layerlab lint.", theme.paint(Role.NOTICE)));
        }
        rows.add(Row.blank());
        rows.add(new Row().add(theme.unicode() ? "  ↑/↓" : "  Up/Down", theme.paint(Role.KEY))
                .add(" choose   ", theme.paint(Role.MUTED)).add("Enter", theme.paint(Role.KEY))
                .add(" open (resumes where you left)   ", theme.paint(Role.MUTED)).add("?", theme.paint(Role.KEY))
                .add(" help   ", theme.paint(Role.MUTED)).add("q", theme.paint(Role.KEY)).add(" quit", theme.paint(Role.MUTED)));
        return new Layout(rows, selectedRow);
    }

    private Row lessonRow(LessonSummary lesson, int idWidth, boolean selected) {
        Glyphs g = theme.glyphs();
        Paint base = selected ? theme.paint(Role.SELECTED) : theme.paint(Role.TEXT);
        Row row = new Row().add("  ", theme.paint(Role.TEXT));
        if (lesson.status() == LessonSummary.Status.BROKEN) {
            return row.add(pad(g.error(), 4), theme.paint(Role.ERROR)).add(pad(lesson.id(), idWidth), base)
                    .add(" broken: it does not load; layerlab lint shows every problem", theme.paint(Role.FAIL));
        }
        String mark;
        Role markRole;
        switch (lesson.status()) {
            case DONE -> {
                mark = g.pass();
                markRole = Role.PASS;
            }
            case NEXT, IN_PROGRESS -> {
                mark = g.next();
                markRole = Role.ACCENT;
            }
            default -> {
                mark = " ";
                markRole = Role.TEXT;
            }
        }
        String state = switch (lesson.status()) {
            case DONE -> "done";
            case NEXT -> "next";
            case IN_PROGRESS -> "in progress";
            default -> "";
        };
        return row.add(pad(mark, 4), theme.paint(markRole))
                .add(pad(lesson.id(), idWidth), base)
                .add(" " + g.bar(lesson.fraction(), BAR) + " ", theme.paint(lesson.done() == lesson.total() ? Role.PASS : Role.ACCENT))
                .add(pad(lesson.done() + "/" + lesson.total(), 6), theme.paint(Role.TEXT))
                .add(lesson.title(), base)
                .add(state.isEmpty() ? "" : "  (" + state + ")", theme.paint(lesson.status() == LessonSummary.Status.DONE
                        ? Role.PASS : Role.NOTICE));
    }

    private static String pad(String text, int width) {
        int length = text.codePointCount(0, text.length());
        return length >= width ? text + " " : text + " ".repeat(width - length);
    }
}
