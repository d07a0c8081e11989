package dev.layerlab.ui.tui;

import static org.junit.jupiter.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.JdkHttpGetter;
import dev.layerlab.check.primitive.StandardPrimitives;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.load.CourseLoader;
import dev.layerlab.progress.ProgressStore;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The full-screen interface on a virtual terminal, over a real session, the real course loader
 * (the {@code tui-course} fixture with the shipped checks) and the fake daemon. Keys go in through
 * the virtual terminal; tests wait, bounded, for text on the screen.
 */
final class TuiHarness implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);

    final FakeDockerGateway docker = new FakeDockerGateway();
    final DefaultVirtualTerminal terminal;
    final Session session;
    final FakeRunner runner = new FakeRunner();
    private final Thread thread;
    private volatile Throwable failure;
    private volatile Integer exitCode;

    TuiHarness(Path home, Theme theme, TerminalSize size) throws IOException {
        this(home, theme, size, fake -> fake);
    }

    /** @param gateway wraps the fake daemon, e.g. to hold its answers back */
    TuiHarness(Path home, Theme theme, TerminalSize size, Function<FakeDockerGateway, DockerGateway> gateway)
            throws IOException {
        Course course = new CourseLoader(StandardPrimitives.create()).load(resource("tui-course"),
                List.of(Path.of("checks").toAbsolutePath()));
        DockerGateway daemon = gateway.apply(docker);
        CheckEngine engine = new CheckEngine(course.checks(), daemon, new JdkHttpGetter());
        session = new Session(course, engine, daemon, new ProgressStore(home.resolve("progress.json")), Clock.systemUTC());
        terminal = new DefaultVirtualTerminal(size);
        TuiApp app = new TuiApp(new TerminalScreen(terminal), session, runner, Handover.IN_PLACE, theme);
        thread = new Thread(() -> {
            try {
                exitCode = app.run();
            } catch (Throwable t) {
                failure = t;
            }
        }, "tui-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    TuiHarness(Path home) throws IOException {
        this(home, new Theme(true, true), new TerminalSize(100, 30));
    }

    static Path resource(String name) {
        try {
            return Path.of(TuiHarness.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Types the characters one key at a time. */
    TuiHarness type(String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
        return this;
    }

    TuiHarness press(KeyType type) {
        terminal.addInput(new KeyStroke(type));
        return this;
    }

    /** The visible screen, one line per row, trailing spaces removed. */
    String screen() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size.getColumns(); column++) {
                line.append(terminal.getCharacter(column, row).getCharacterString());
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /** Waits until the screen shows {@code text} and is still; fails with the screen when it does not in time. */
    String await(String text) {
        return await(s -> s.contains(text), "the screen to show \"" + text + "\"");
    }

    String awaitGone(String text) {
        return await(s -> !s.contains(text), "\"" + text + "\" to leave the screen");
    }

    String await(Predicate<String> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = screen();
        while (System.nanoTime() < deadline) {
            if (failure != null) {
                fail("the interface failed", failure);
            }
            screen = screen();
            if (condition.test(screen)) {
                // A frame may be half drawn: hand back a screen that stays the same for a moment.
                sleep(15);
                String again = screen();
                if (again.equals(screen)) {
                    return screen;
                }
                continue;
            }
            sleep(10);
        }
        return fail("waited " + WAIT.toSeconds() + " s for " + what + "; the screen:\n" + screen);
    }

    /** Opens the lesson the course map has chosen and waits for its first step. */
    TuiHarness openFirstLesson() {
        await("Course map");
        press(KeyType.Enter);
        await("step 1 of 4");
        return this;
    }

    Integer awaitExit() throws InterruptedException {
        thread.join(WAIT.toMillis());
        if (failure != null) {
            fail("the interface failed", failure);
        }
        return exitCode;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            terminal.addInput(new KeyStroke(KeyType.EOF));
            thread.join(WAIT.toMillis());
        }
        session.close();
    }

    /** Records the command lines it is asked to run; each "runs" by calling the given effect. */
    static final class FakeRunner implements CommandRunner {

        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile Runnable effect = () -> { };

        @Override
        public int runInteractive(String commandLine) {
            lines.add(commandLine);
            effect.run();
            return 0;
        }

        @Override
        public Outcome runCaptured(String commandLine, Duration timeout) {
            throw new UnsupportedOperationException("the interface runs commands interactively");
        }
    }
}
