package dev.layerlab.ui.plain;

import dev.layerlab.check.CheckCall;
import dev.layerlab.check.CheckResult;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Quiz;
import dev.layerlab.lesson.Step;
import dev.layerlab.session.LessonSummary;
import dev.layerlab.session.SessionState;
import dev.layerlab.ui.markdown.Line;
import dev.layerlab.ui.markdown.MarkdownRenderer;
import dev.layerlab.ui.markdown.Span;
import dev.layerlab.ui.markdown.Style;
import java.util.List;

/** What the line mode prints: the course map, a step, its checklist. Pure text, so it is easy to test. */
final class PlainText {

    private final Glyphs glyphs;
    private final MarkdownRenderer markdown;
    private final int width;

    PlainText(boolean unicode, int width) {
        this.glyphs = Glyphs.forUnicode(unicode);
        this.markdown = new MarkdownRenderer(unicode);
        this.width = Math.max(40, Math.min(width, 100));
    }

    String courseMap(List<LessonSummary> rows) {
        StringBuilder text = new StringBuilder("Course\n");
        String track = null;
        for (LessonSummary row : rows) {
            if (!row.track().equals(track)) {
                track = row.track();
                text.append("  ").append(track).append('\n');
            }
            if (row.status() == LessonSummary.Status.BROKEN) {
                text.append(String.format("    %-3s %-24s broken: %s%n", glyphs.error(), row.id(), row.problem()));
                continue;
            }
            String mark = switch (row.status()) {
                case DONE -> glyphs.pass();
                case NEXT, IN_PROGRESS -> ">";
                default -> " ";
            };
            text.append(String.format("    %-3s %-24s %s %d/%d  %s%s%n", mark, row.id(), bar(row.fraction()),
                    row.done(), row.total(), row.title(), row.status() == LessonSummary.Status.NEXT ? "  (next)" : ""));
        }
        text.append("Type: open LESSON-ID to start one, help for every command.\n");
        return text.toString();
    }

    String step(SessionState state) {
        Lesson lesson = state.lesson();
        Step step = state.step();
        StringBuilder text = new StringBuilder();
        text.append(glyphs.rule().repeat(width)).append('\n');
        text.append(lesson.title()).append(" — step ").append(state.stepIndex() + 1).append(" of ")
                .append(lesson.steps().size()).append(step.title().isEmpty() ? "" : ": " + step.title()).append('\n');
        text.append(glyphs.rule().repeat(width)).append("\n");
        if (state.prediction() != null) {
            text.append("You predicted: ").append(state.prediction().chosen()).append(" (")
                    .append(state.prediction().question()).append(") — the checks below show what really happens.\n\n");
        }
        if (!step.explain().isBlank()) {
            text.append(markdown(step.explain())).append("\n");
        }
        if (step.quiz() != null) {
            text.append(quiz(step.quiz(), state.answer()));
        }
        if (!step.task().isBlank()) {
            text.append("Task: ").append(step.task()).append('\n');
        }
        for (String command : step.commands()) {
            text.append("  $ ").append(command).append('\n');
        }
        if (!step.checks().isEmpty()) {
            text.append(checklist(state));
        }
        for (int i = 0; i < state.hintsShown(); i++) {
            text.append("Hint ").append(i + 1).append(": ").append(step.hints().get(i)).append('\n');
        }
        return text.toString();
    }

    /**
     * Lesson Markdown as plain text: inline code keeps its backticks and headings get a rule
     * under them, so the structure survives without colour (screen readers, pipes).
     */
    String markdown(String source) {
        StringBuilder text = new StringBuilder();
        for (Line line : markdown.render(source, width - 2)) {
            StringBuilder row = new StringBuilder();
            boolean heading = false;
            for (Span span : line.spans()) {
                heading |= span.has(Style.HEADING);
                boolean inline = span.has(Style.CODE) && !span.has(Style.CODE_BLOCK);
                row.append(inline ? "`" + span.text() + "`" : span.text());
            }
            text.append(row).append('\n');
            if (heading) {
                text.append(glyphs.rule().repeat(Math.min(row.length(), width))).append('\n');
            }
        }
        return text.toString();
    }

    String quiz(Quiz quiz, int answer) {
        StringBuilder text = new StringBuilder(quiz.isPrediction() ? "Predict: " : "Question: ")
                .append(quiz.question().strip()).append('\n');
        for (int i = 0; i < quiz.choices().size(); i++) {
            String mark = i == answer ? ">" : " ";
            text.append(String.format("  %s %d) %s%n", mark, i + 1, quiz.choices().get(i)));
        }
        if (answer < 0) {
            text.append("Answer with its number, e.g. answer 1\n");
        } else if (!quiz.isPrediction()) {
            text.append(answer == quiz.answer() ? glyphs.pass() + " Right. " : glyphs.fail() + " Not quite: the answer is "
                    + (quiz.answer() + 1) + ". ").append(quiz.explanation().strip()).append('\n');
        } else {
            text.append("Your prediction is saved; the next step shows what really happens.\n");
        }
        return text.toString();
    }

    String checklist(SessionState state) {
        StringBuilder text = new StringBuilder("Checks:\n");
        List<CheckResult> results = state.results();
        if (results.isEmpty()) {
            for (CheckCall call : state.step().checks()) {
                text.append("  ").append(glyphs.pending()).append(' ').append(call.name()).append(' ')
                        .append(call.args().values()).append('\n');
            }
            return text.toString();
        }
        for (CheckResult result : results) {
            String mark = switch (result.status()) {
                case PASSED -> glyphs.pass();
                case FAILED -> glyphs.fail();
                case ERROR -> glyphs.error();
            };
            text.append("  ").append(mark).append(' ').append(result.title());
            if (!result.passed() && !result.observed().isEmpty()) {
                text.append(" — ").append(result.observed());
            }
            text.append('\n');
        }
        if (state.stepDone() || state.allPassed()) {
            text.append(state.isLastStep() ? "All checks pass — type next to finish the lesson.\n"
                    : "All checks pass — type next to go on.\n");
        }
        return text.toString();
    }

    String solution(Step step) {
        if (step.solution().isEmpty()) {
            return "This step has no solution to show.\n";
        }
        StringBuilder text = new StringBuilder("Solution:\n");
        step.solution().forEach(line -> text.append("  $ ").append(line).append('\n'));
        return text.toString();
    }

    static String help() {
        return """
                Commands:
                  check            run this step's checks now (they also run by themselves on every Docker event)
                  hint             show the next hint
                  solution         show the solution (asks first), and offer to run it
                  next / back      go to the next / previous step
                  answer N         answer the quiz with choice N (or just type N)
                  list             the course map
                  open LESSON      open a lesson, where you left it
                  show             show this step again
                  reset            put this lesson back to its start (lists what it removes, asks first)
                  help             this list
                  quit             leave; your progress is saved
                  docker ...       run a docker command here, with this terminal (docker run -it works)
                """;
    }

    private String bar(double fraction) {
        int filled = (int) Math.round(fraction * 10);
        boolean unicode = glyphs == Glyphs.UNICODE;
        return "[" + (unicode ? "█" : "#").repeat(filled) + (unicode ? "░" : ".").repeat(10 - filled) + "]";
    }
}
