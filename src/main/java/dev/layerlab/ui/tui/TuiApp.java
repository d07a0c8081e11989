package dev.layerlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.layerlab.session.Action;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.LessonSummary;
import dev.layerlab.session.Session;
import dev.layerlab.session.SessionListener;
import dev.layerlab.session.SessionState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The full-screen course. Keys become {@link UiCommand}s and then session {@link Action}s, or
 * start one of the {@link DialogFlows}; the session's states, its notices, keys and resizes all
 * come to the one UI thread, which draws a frame after each burst. The screen comes in through the
 * constructor, so tests pass a virtual one.
 */
final class TuiApp {

    private static final long NOTICE_MILLIS = 4000;

    private final TerminalScreen screen;
    private final Session session;
    private final Frame frame;
    private final UiThread ui = new UiThread();
    private final InputPump pump;
    private final DialogFlows flows;
    private final CommandLineEditor editor = new CommandLineEditor();

    private SessionState state;
    private List<LessonSummary> overview;
    private int selected;
    private int scroll;
    private Frame.Metrics metrics = new Frame.Metrics(10, 0, 0);
    private String notice;
    private long noticeUntil;
    private ConfirmDialog dialog;
    private boolean help;
    private volatile boolean running = true;

    TuiApp(TerminalScreen screen, Session session, CommandRunner runner, Handover handover, Theme theme) {
        this.screen = screen;
        this.session = session;
        this.frame = new Frame(screen, theme);
        this.pump = new InputPump(screen.getTerminal(), key -> ui.post(() -> safely(() -> onKey(key))));
        this.flows = new DialogFlows(session, runner, handover, pump, open -> dialog = open, this::notice,
                work -> ui.post(() -> safely(work)));
        this.state = session.state();
        this.overview = session.overview();
        session.resumeLessonId().ifPresent(this::selectLesson);
    }

    /** Runs until the learner quits; the screen is started here and stopped on the way out. */
    int run() throws IOException, InterruptedException {
        screen.startScreen();
        try {
            session.addListener(new Listener());
            session.startupNotice().ifPresent(this::notice);
            redraw();
            recordFirstFrame();
            session.start();
            screen.getTerminal().addResizeListener((terminal, size) -> ui.post(() -> { }));
            pump.start();
            ui.loop(() -> running, this::redraw, this::untilNoticeExpires);
            return 0;
        } finally {
            pump.stop();
            screen.stopScreen();
        }
    }

    /** Draws one frame of the map and one of the given lesson state, then stops: loads what a start loads (CDS warm-up). */
    void drawSample(SessionState lessonState) throws IOException {
        screen.startScreen();
        try {
            redraw();
            state = lessonState;
            redraw();
        } finally {
            screen.stopScreen();
        }
    }

    /**
     * For {@code bench/tui-start.sh}: when the hidden property {@code layerlab.bench.firstFrameFile}
     * names a file, writes there the wall-clock time at which the first frame has been flushed.
     * One property read when unset.
     */
    private static void recordFirstFrame() {
        String file = System.getProperty("layerlab.bench.firstFrameFile");
        if (file != null) {
            Instant flushed = Instant.now();
            try {
                Files.writeString(Path.of(file), flushed + "\n");
            } catch (IOException e) {
                // A bench that cannot write its file reports the missing number itself.
            }
        }
    }

    private void redraw() {
        if (notice != null && System.currentTimeMillis() >= noticeUntil) {
            notice = null;
        }
        try {
            metrics = frame.draw(new Frame.Model(state, overview, selected, scroll, notice, editor, dialog, help));
            scroll = metrics.scroll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long untilNoticeExpires() {
        return notice == null ? 0 : Math.max(1, noticeUntil - System.currentTimeMillis());
    }

    private void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            notice(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' '));
        }
    }

    private void notice(String message) {
        notice = message;
        noticeUntil = System.currentTimeMillis() + NOTICE_MILLIS;
    }

    private void onState(SessionState next) {
        SessionState previous = state;
        state = next;
        overview = session.overview();
        if (next.lesson() == null) {
            if (previous.lesson() != null) {
                selectLesson(previous.lesson().id());
            }
            return;
        }
        boolean sameStep = previous.lesson() != null && previous.lesson().id().equals(next.lesson().id())
                && previous.stepIndex() == next.stepIndex() && previous.lessonFinished() == next.lessonFinished();
        if (!sameStep) {
            scroll = 0;
        } else if (next.hintsShown() > previous.hintsShown() || (next.solutionShown() && !previous.solutionShown())) {
            scroll = Integer.MAX_VALUE;
        }
    }

    private void selectLesson(String id) {
        for (int i = 0; i < overview.size(); i++) {
            if (overview.get(i).id().equals(id)) {
                selected = i;
            }
        }
    }

    private void onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF) {
            running = false;
        } else if (dialog != null) {
            ConfirmDialog open = dialog;
            if (open.key(key) && dialog == open) {
                dialog = null;
            }
        } else if (help) {
            help = false;
        } else if (editor.active()) {
            if (KeyMap.isCtrlC(key)) {
                editor.close();
            } else if (editor.key(key) == CommandLineEditor.Outcome.SUBMITTED) {
                flows.submit(editor.submit());
            }
        } else if (isTooSmall()) {
            if (KeyMap.isCtrlC(key) || (key.getKeyType() == KeyType.Character && key.getCharacter() == 'q')) {
                running = false;
            }
        } else {
            execute(state.lesson() == null ? KeyMap.onMap(key) : KeyMap.inLesson(key));
        }
    }

    private boolean isTooSmall() {
        var size = screen.getTerminalSize();
        return size.getColumns() < Frame.MIN_COLUMNS || size.getRows() < Frame.MIN_ROWS;
    }

    private void execute(UiCommand command) {
        if (command instanceof UiCommand.Perform perform) {
            session.perform(perform.action());
        } else if (command instanceof UiCommand.Confirm) {
            confirm();
        } else if (command instanceof UiCommand.Solution) {
            flows.solution();
        } else if (command instanceof UiCommand.Reset) {
            flows.reset(state.lesson().id());
        } else if (command instanceof UiCommand.CourseMap) {
            session.perform(new Action.Close());
        } else if (command instanceof UiCommand.Help) {
            help = true;
        } else if (command instanceof UiCommand.Quit) {
            running = false;
        } else if (command instanceof UiCommand.Move move) {
            move(move);
        } else if (command instanceof UiCommand.Jump jump) {
            scroll = jump.end() ? Integer.MAX_VALUE : 0;
            if (state.lesson() == null) {
                selected = jump.end() ? Math.max(0, overview.size() - 1) : 0;
            }
        } else if (command instanceof UiCommand.CommandLine line) {
            editor.open(line.typed());
        }
    }

    private void move(UiCommand.Move move) {
        if (state.lesson() == null) {
            int step = move.pages() ? move.amount() * Math.max(1, metrics.page() / 2) : move.amount();
            selected = Math.max(0, Math.min(overview.size() - 1, selected + step));
            return;
        }
        int amount = move.pages() ? move.amount() * Math.max(1, metrics.page() - 1) : move.amount();
        scroll = Math.max(0, Math.min(metrics.maxScroll(), scroll + amount));
    }

    private void confirm() {
        if (state.lesson() == null) {
            if (overview.isEmpty()) {
                return;
            }
            LessonSummary chosen = overview.get(selected);
            if (chosen.status() == LessonSummary.Status.BROKEN) {
                notice("\"" + chosen.id() + "\" is broken: " + chosen.problem());
            } else {
                session.perform(new Action.Open(chosen.id()));
            }
        } else if (state.lessonFinished()) {
            session.perform(new Action.Close());
        } else if (state.stepDone() || (state.step().checks().isEmpty() && state.step().quiz() == null)) {
            session.perform(new Action.Next());
        } else if (state.step().quiz() != null && state.answer() < 0) {
            notice("Answer first: press the number of a choice");
        } else {
            notice("Not done yet: the checklist shows what is missing (h: hint, n: go on anyway)");
        }
    }

    /** The session's thread hands its news to the UI thread. */
    private final class Listener implements SessionListener {

        @Override
        public void onState(SessionState next) {
            ui.post(() -> safely(() -> TuiApp.this.onState(next)));
        }

        @Override
        public void onNotice(String message) {
            ui.post(() -> notice(message));
        }
    }
}
