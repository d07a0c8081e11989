package dev.layerlab.ui.plain;

import dev.layerlab.check.CheckResult;
import dev.layerlab.session.Action;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.DaemonStatus;
import dev.layerlab.session.Session;
import dev.layerlab.session.SessionListener;
import dev.layerlab.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The line-oriented course: prints the course map and steps, reads commands at a prompt, and
 * prints the checklist again whenever a daemon event changes it.
 */
public final class PlainUi implements SessionListener {

    private static final String PROMPT = "layerlab> ";

    private final Terminal terminal;
    private final Session session;
    private final CommandRunner runner;
    private final LineReader reader;
    private final PlainText text;
    private final Object printLock = new Object();
    /** Lines that came while a command owned the terminal: printed once it gives it back. */
    private final List<String> held = new ArrayList<>();
    private boolean commandRunning;
    private String shownStep = "";
    private String shownChecks = "";
    private DaemonStatus.Phase shownPhase;

    /**
     * @param unicode whether the locale can show ✓, ✗ and box rules; ASCII marks otherwise
     */
    public PlainUi(Terminal terminal, Session session, CommandRunner runner, boolean unicode) {
        this.terminal = terminal;
        this.session = session;
        this.runner = runner;
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("layerlab")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
        int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
        this.text = new PlainText(unicode, width);
    }

    /** Runs until the learner quits or input ends; returns the exit code. */
    public int run() {
        session.addListener(this);
        session.startupNotice().ifPresent(this::print);
        print("layerlab — Docker images and containers, by doing. Type help for commands.");
        SessionState started = session.start().join();
        print(started.daemon().describe());
        print(text.courseMap(session.overview()));
        session.resumeLessonId().ifPresent(id -> session.perform(new Action.Open(id)).join());
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (!handle(Typed.parse(line))) {
                break;
            }
        }
        print("Progress saved. See you next time.");
        return 0;
    }

    /** Handles one typed line; false to quit. */
    private boolean handle(Typed typed) {
        if (typed instanceof Typed.Quit) {
            return false;
        } else if (typed instanceof Typed.Help) {
            print(PlainText.help());
        } else if (typed instanceof Typed.ListLessons) {
            print(text.courseMap(session.overview()));
        } else if (typed instanceof Typed.Show) {
            showStep(session.state(), true);
        } else if (typed instanceof Typed.Unknown unknown) {
            print(unknown.message());
        } else if (typed instanceof Typed.Perform perform) {
            perform(perform.action());
        } else if (typed instanceof Typed.Solution) {
            solution();
        } else if (typed instanceof Typed.Reset) {
            reset();
        } else if (typed instanceof Typed.Shell shell) {
            shell(shell.commandLine());
        }
        return true;
    }

    private void perform(Action action) {
        if (needsLesson(action)) {
            return;
        }
        SessionState state = session.perform(action).join();
        if (action instanceof Action.Check) {
            printChecks(state, true);
        } else if (state.lessonFinished()) {
            print(text.courseMap(session.overview()));
        } else if (action instanceof Action.Hint || action instanceof Action.Answer) {
            showStep(state, true);
        }
    }

    private void solution() {
        if (needsLesson(null)) {
            return;
        }
        if (!confirm("Show the solution? Trying first teaches more. [y/N] ")) {
            return;
        }
        SessionState state = session.perform(new Action.RevealSolution()).join();
        print(text.solution(state.step()));
        if (!state.step().solution().isEmpty() && confirm("Run it now? [y/N] ")) {
            state.step().solution().forEach(this::runCommand);
            printChecks(session.perform(new Action.Check()).join(), true);
        }
    }

    private void reset() {
        if (needsLesson(null)) {
            return;
        }
        List<String> plan = await(session.resetPlan());
        if (plan == null) {
            return;
        }
        print(plan.isEmpty() ? "Reset forgets this lesson's progress; no Docker objects of it exist now."
                : "Reset removes: " + String.join(", ", plan) + " — and nothing else.");
        if (confirm("Reset \"" + session.state().lesson().id() + "\"? [y/N] ")) {
            session.perform(new Action.Reset()).join();
        }
    }

    private void shell(String commandLine) {
        if (commandLine.isEmpty()) {
            print("Type a command after !, e.g. !docker ps");
            return;
        }
        var warning = session.review(commandLine).join();

        if (warning.isPresent()) {
            print(warning.get().reason() + ":");
            warning.get().objects().forEach(object -> print("  " + object));
            if (!confirm("These are not this lesson's. Run it anyway? [y/N] ")) {
                print("Not run.");
                return;
            }
        }
        runCommand(commandLine);
        if (session.state().lesson() != null) {
            printChecks(session.perform(new Action.Check()).join(), false);
        }
    }

    private void runCommand(String commandLine) {
        print("$ " + commandLine);
        terminal.flush();
        synchronized (printLock) {
            commandRunning = true;
        }
        int exit;
        try {
            exit = runner.runInteractive(commandLine);
        } finally {
            List<String> lines;
            synchronized (printLock) {
                commandRunning = false;
                lines = List.copyOf(held);
                held.clear();
            }
            lines.forEach(this::print);
        }
        if (exit != 0) {
            print("(exit code " + exit + ")");
        }
    }

    /** The future's value, or null after printing why it failed (e.g. the daemon is gone). */
    private <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            print("» " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            return null;
        }
    }

    private boolean needsLesson(Action action) {
        if (session.state().lesson() == null && !(action instanceof Action.Open)) {
            print("No lesson is open — type open LESSON-ID (list shows them).");
            return true;
        }
        return false;
    }

    private boolean confirm(String question) {
        try {
            String answer = reader.readLine(question);
            return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        }
    }

    @Override
    public void onState(SessionState state) {
        synchronized (printLock) {
            if (shownPhase != null && state.daemon().phase() != shownPhase) {
                print(state.daemon().describe());
            }
            shownPhase = state.daemon().phase();
            if (state.lesson() == null || state.checking()) {
                return;
            }
            if (state.results().isEmpty() && !state.step().checks().isEmpty() && state.daemon().reachable()) {
                return; // the first check run is under way: show the step with its results
            }
            String stepKey = state.lesson().id() + "#" + state.stepIndex();
            if (!stepKey.equals(shownStep)) {
                showStep(state, false);
            } else {
                printChecks(state, false);
            }
        }
    }

    @Override
    public void onNotice(String message) {
        print("» " + message);
    }

    private void showStep(SessionState state, boolean always) {
        synchronized (printLock) {
            if (state.lesson() == null) {
                print("No lesson is open — type open LESSON-ID (list shows them).");
                return;
            }
            String stepKey = state.lesson().id() + "#" + state.stepIndex();
            if (always || !stepKey.equals(shownStep)) {
                shownStep = stepKey;
                shownChecks = signature(state);
                print(text.step(state));
            }
        }
    }

    private void printChecks(SessionState state, boolean always) {
        synchronized (printLock) {
            if (state.lesson() == null || state.step().checks().isEmpty()) {
                return;
            }
            String signature = signature(state);
            if (always || !signature.equals(shownChecks)) {
                shownChecks = signature;
                print(text.checklist(state));
            }
        }
    }

    private static String signature(SessionState state) {
        StringBuilder signature = new StringBuilder();
        for (CheckResult result : state.results()) {
            signature.append(result.status()).append(result.title()).append(result.observed()).append('\n');
        }
        return signature.append(state.stepDone()).toString();
    }

    private void print(String message) {
        String body = message.endsWith("\n") ? message.substring(0, message.length() - 1) : message;
        synchronized (printLock) {
            if (commandRunning) {
                // The command owns the terminal (a shell in a container, say): nothing may cut into it.
                held.add(body);
                return;
            }
        }
        if (reader.isReading()) {
            reader.printAbove(body);
        } else {
            terminal.writer().println(body);
            terminal.flush();
        }
    }
}
