package dev.layerlab.ui.tui;

import dev.layerlab.session.Action;
import dev.layerlab.session.CommandGuard;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import dev.layerlab.session.SessionState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The flows that ask before they act: the solution and the offer to run it, a reset with its plan,
 * and a typed command line (reviewed by the session, confirmed when it reaches beyond the lesson,
 * run with the terminal handed over, then checked). Each step runs on the UI thread: the session's
 * answers come back through {@code onUiThread}.
 */
final class DialogFlows {

    private final Session session;
    private final CommandRunner runner;
    private final Handover handover;
    private final InputPump pump;
    private final Consumer<ConfirmDialog> show;
    private final Consumer<String> notice;
    private final Consumer<Runnable> onUiThread;

    /**
     * @param show opens a dialog (on the UI thread)
     * @param notice shows a notice (on the UI thread)
     * @param onUiThread posts work to the UI thread, where a runtime failure becomes a notice
     */
    DialogFlows(Session session, CommandRunner runner, Handover handover, InputPump pump,
            Consumer<ConfirmDialog> show, Consumer<String> notice, Consumer<Runnable> onUiThread) {
        this.session = session;
        this.runner = runner;
        this.handover = handover;
        this.pump = pump;
        this.show = show;
        this.notice = notice;
        this.onUiThread = onUiThread;
    }

    /** Asks before it shows the solution, then offers to run it. */
    void solution() {
        show.accept(Prompts.showSolution(() -> after(session.perform(new Action.RevealSolution()), this::offerToRun)));
    }

    private void offerToRun(SessionState shown) {
        List<String> solution = shown.step() == null ? List.of() : shown.step().solution();
        if (solution.isEmpty()) {
            return;
        }
        show.accept(Prompts.runSolution(solution, () -> runCommands(solution)));
    }

    /** Lists what a reset of the open lesson removes and asks before it resets. */
    void reset(String lessonId) {
        after(session.resetPlan(),
                plan -> show.accept(Prompts.reset(lessonId, plan, () -> session.perform(new Action.Reset()))));
    }

    /** Runs a typed command line, asking first when the session warns that it reaches beyond the lesson. */
    void submit(String line) {
        if (line.isEmpty()) {
            return;
        }
        after(session.review(line), warning -> review(line, warning));
    }

    private void review(String line, Optional<CommandGuard.Warning> warning) {
        if (warning.isEmpty()) {
            runCommands(List.of(line));
            return;
        }
        show.accept(Prompts.beyondTheLesson(line, warning.get(), () -> runCommands(List.of(line))));
    }

    private void runCommands(List<String> lines) {
        pump.pause();
        int exit;
        try {
            exit = handover.run(lines, runner);
        } finally {
            pump.resume();
        }
        if (exit != 0) {
            notice.accept("The command ended with exit code " + exit);
        }
        session.perform(new Action.Check());
    }

    /** Continues on the UI thread once {@code future} completes; a failure becomes a notice. */
    private <T> void after(CompletableFuture<T> future, Consumer<T> next) {
        future.whenComplete((value, error) -> onUiThread.accept(() -> {
            if (error != null) {
                notice.accept(error.getMessage());
            } else {
                next.accept(value);
            }
        }));
    }
}
