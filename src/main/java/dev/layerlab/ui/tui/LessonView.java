package dev.layerlab.ui.tui;

import dev.layerlab.check.CheckCall;
import dev.layerlab.check.CheckResult;
import dev.layerlab.lesson.Quiz;
import dev.layerlab.lesson.Step;
import dev.layerlab.session.SessionState;
import dev.layerlab.ui.markdown.Line;
import dev.layerlab.ui.markdown.MarkdownRenderer;
import dev.layerlab.ui.markdown.Span;
import dev.layerlab.ui.tui.Theme.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * A step of a lesson, laid out for a width: the reading part (explanation, quiz, hints, solution),
 * which scrolls, and the panel (task, command, checklist, what Enter does), which stays in view.
 */
final class LessonView {

    /**
     * @param reading the scrolling part
     * @param panel the part that stays in view below it
     */
    record Layout(List<Row> reading, List<Row> panel) {
    }

    private final Theme theme;
    private final MarkdownRenderer markdown;

    LessonView(Theme theme) {
        this.theme = theme;
        this.markdown = new MarkdownRenderer(theme.unicode());
    }

    Layout layout(SessionState state, int width) {
        int inner = Math.max(10, width - 2);
        return new Layout(reading(state, inner), panel(state, inner));
    }

    private List<Row> reading(SessionState state, int width) {
        List<Row> rows = new ArrayList<>();
        Step step = state.step();
        if (state.lessonFinished()) {
            rows.add(Row.of(theme.glyphs().pass() + " You reached the end of \"" + state.lesson().title() + "\".",
                    theme.paint(Role.PASS)));
            rows.add(Row.blank());
            rows.add(Row.of("Enter: back to the course map    p: back to the last step", theme.paint(Role.MUTED)));
            return indent(rows);
        }
        if (state.prediction() != null) {
            wrap(rows, "You predicted: " + state.prediction().chosen(), width, theme.paint(Role.ACCENT));
            wrap(rows, "(" + state.prediction().question().strip() + ") The checklist below shows what really happens.",
                    width, theme.paint(Role.MUTED));
            rows.add(Row.blank());
        }
        markdown(rows, step.explain(), width);
        if (step.quiz() != null) {
            if (!step.explain().isBlank()) {
                rows.add(Row.blank());
            }
            quiz(rows, step.quiz(), state.answer(), width);
        }
        for (int i = 0; i < state.hintsShown(); i++) {
            rows.add(Row.blank());
            markdown(rows, "**Hint " + (i + 1) + ":** " + step.hints().get(i), width);
        }
        if (state.solutionShown()) {
            rows.add(Row.blank());
            rows.add(Row.of("Solution:", theme.paint(Role.ACCENT)));
            if (step.solution().isEmpty()) {
                rows.add(Row.of("  This step has no solution to show.", theme.paint(Role.MUTED)));
            }
            step.solution().forEach(line -> rows.add(Row.of("  $ " + line, theme.paint(Role.COMMAND))));
        }
        return indent(rows);
    }

    private void quiz(List<Row> rows, Quiz quiz, int answer, int width) {
        rows.add(Row.of(quiz.isPrediction() ? "Predict, then observe:" : "Question:", theme.paint(Role.ACCENT)));
        markdown(rows, quiz.question(), width);
        for (int i = 0; i < quiz.choices().size(); i++) {
            boolean chosen = i == answer;
            String mark = chosen ? theme.glyphs().next() + " " : "  ";
            wrap(rows, mark + "[" + (i + 1) + "] " + quiz.choices().get(i), width,
                    chosen ? theme.paint(Role.ACCENT) : theme.paint(Role.TEXT));
        }
        rows.add(Row.blank());
        if (answer < 0) {
            rows.add(Row.of("Press 1-" + quiz.choices().size() + " to answer.", theme.paint(Role.NOTICE)));
        } else if (quiz.isPrediction()) {
            rows.add(Row.of("Your prediction is saved; the next step shows what really happens.", theme.paint(Role.MUTED)));
        } else if (answer == quiz.answer()) {
            wrap(rows, theme.glyphs().pass() + " Right. " + quiz.explanation().strip(), width, theme.paint(Role.PASS));
        } else {
            wrap(rows, theme.glyphs().fail() + " Not quite: the answer is " + (quiz.answer() + 1) + ". "
                    + quiz.explanation().strip(), width, theme.paint(Role.FAIL));
        }
    }

    private List<Row> panel(SessionState state, int width) {
        List<Row> rows = new ArrayList<>();
        Step step = state.step();
        if (state.lessonFinished()) {
            return rows;
        }
        if (!step.task().isBlank()) {
            markdown(rows, "**Task:** " + step.task(), width);
        }
        step.commands().forEach(command -> rows.add(new Row().add("  $ ", theme.paint(Role.MUTED))
                .add(command, theme.paint(Role.COMMAND))));
        if (!step.checks().isEmpty()) {
            checklist(rows, state, width);
        }
        rows.add(footer(state));
        return indent(rows);
    }

    private void checklist(List<Row> rows, SessionState state, int width) {
        Glyphs g = theme.glyphs();
        rows.add(new Row().add("Checks", theme.paint(Role.ACCENT))
                .add(state.checking() ? "  checking" + g.ellipsis() : "", theme.paint(Role.NOTICE)));
        if (state.results().isEmpty()) {
            for (CheckCall call : state.step().checks()) {
                rows.add(Row.of("  " + g.pending() + " " + call.name() + " " + call.args().values(), theme.paint(Role.PENDING)));
            }
            return;
        }
        for (CheckResult result : state.results()) {
            Role role = switch (result.status()) {
                case PASSED -> Role.PASS;
                case FAILED -> Role.FAIL;
                case ERROR -> Role.ERROR;
            };
            String mark = switch (result.status()) {
                case PASSED -> g.pass();
                case FAILED -> g.fail();
                case ERROR -> g.error();
            };
            String text = result.passed() || result.observed().isEmpty() ? result.title()
                    : result.title() + " — " + result.observed();
            List<String> lines = Wrap.words(text, width - 3 - mark.length());
            rows.add(new Row().add("  " + mark + " ", theme.paint(role)).add(lines.get(0), theme.paint(Role.TEXT)));
            String hang = " ".repeat(3 + mark.length());
            lines.stream().skip(1).forEach(l -> rows.add(Row.of(hang + l, theme.paint(Role.TEXT))));
        }
    }

    private Row footer(SessionState state) {
        Step step = state.step();
        Glyphs g = theme.glyphs();
        String next = state.isLastStep() ? "finish the lesson" : "next step";
        if (!state.daemon().reachable() && !step.checks().isEmpty()) {
            return Row.of(g.error() + " Checks paused until the Docker daemon is back.", theme.paint(Role.ERROR));
        }
        if (state.stepDone()) {
            return new Row().add(g.pass() + " Step done. ", theme.paint(Role.PASS)).add("Enter", theme.paint(Role.KEY))
                    .add(": " + next, theme.paint(Role.TEXT));
        }
        if (step.quiz() != null && state.answer() < 0) {
            return Row.of("Answer with a number key. h: hint  ?: help", theme.paint(Role.MUTED));
        }
        if (step.checks().isEmpty()) {
            return new Row().add("Enter", theme.paint(Role.KEY)).add(": " + next, theme.paint(Role.TEXT));
        }
        return Row.of("Run the command; the checks follow the daemon.  h: hint  s: solution  ?: help",
                theme.paint(Role.MUTED));
    }

    private void markdown(List<Row> rows, String text, int width) {
        if (text.isBlank()) {
            return;
        }
        for (Line line : markdown.render(text, width)) {
            Row row = new Row();
            for (Span span : line.spans()) {
                row.add(span.text(), theme.paint(span.styles()));
            }
            rows.add(row);
        }
    }

    private void wrap(List<Row> rows, String text, int width, Paint paint) {
        Wrap.words(text, width).forEach(l -> rows.add(Row.of(l, paint)));
    }

    private List<Row> indent(List<Row> rows) {
        List<Row> indented = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Row copy = new Row().add(" ", Paint.PLAIN);
            row.pieces().forEach(p -> copy.add(p.text(), p.paint()));
            indented.add(copy);
        }
        return indented;
    }
}
