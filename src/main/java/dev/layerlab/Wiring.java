package dev.layerlab;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.JdkHttpGetter;
import dev.layerlab.check.primitive.StandardPrimitives;
import dev.layerlab.cli.Services;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.javaclient.JavaDockerGateway;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.load.CourseLoader;
import dev.layerlab.progress.ProgressStore;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import dev.layerlab.session.ShellCommandRunner;
import dev.layerlab.session.SignalInterruptGuard;
import dev.layerlab.ui.plain.PlainMode;
import dev.layerlab.ui.tui.TerminalUnavailableException;
import dev.layerlab.ui.tui.TuiMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The real objects behind {@link Services}: files, the daemon, the terminal. Built lazily, closed once. */
final class Wiring implements Services, AutoCloseable {

    private final Map<String, String> env;
    private final Path home;
    private final Path installHome;
    private final PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    private final PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    private BufferedReader stdin;
    private DockerGateway docker;
    private CommandRunner runner;

    Wiring(Map<String, String> env, boolean debug) {
        this.env = env;
        this.home = Path.of(System.getProperty("user.home"));
        this.installHome = InstallHome.locate(env);
    }

    @Override
    public Course course(Path lessonsDir) {
        Path dir = lessonsDir != null ? lessonsDir : defaultLessonsDir();
        return new CourseLoader(StandardPrimitives.create()).load(dir, checkDirs(dir));
    }

    @Override
    public Path defaultLessonsDir() {
        String fromEnv = env.get("LAYERLAB_LESSONS");
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : installHome.resolve("lessons");
    }

    /** The built-in checks, then the pack's own ({@code DIR/checks} or beside it). */
    private List<Path> checkDirs(Path lessonsDir) {
        Set<Path> dirs = new LinkedHashSet<>();
        List<Path> candidates = new ArrayList<>(List.of(installHome.resolve("checks"), lessonsDir.resolve("checks")));
        Path parent = lessonsDir.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            candidates.add(parent.resolve("checks"));
        }
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                dirs.add(candidate.toAbsolutePath().normalize());
            }
        }
        return List.copyOf(dirs);
    }

    @Override
    public synchronized DockerGateway docker() {
        if (docker == null) {
            docker = JavaDockerGateway.connect(env, home);
        }
        return docker;
    }

    @Override
    public CheckEngine checkEngine(Course course) {
        return new CheckEngine(course.checks(), docker(), new JdkHttpGetter());
    }

    @Override
    public ProgressStore progressStore() {
        return new ProgressStore(ProgressStore.defaultLocation(env, home));
    }

    @Override
    public synchronized CommandRunner commandRunner() {
        if (runner == null) {
            runner = new ShellCommandRunner(env.get("SHELL"), new SignalInterruptGuard());
        }
        return runner;
    }

    @Override
    public Session session(Course course) {
        return new Session(course, checkEngine(course), docker(), progressStore(), Clock.systemUTC());
    }

    @Override
    public int runTutorial(Session session, boolean plain) {
        if (!plain) {
            try {
                return TuiMode.run(session, commandRunner(), env);
            } catch (TerminalUnavailableException e) {
                err.println("layerlab: the full-screen mode cannot use this terminal (" + e.getMessage()
                        + "); going on in the line mode");
            }
        }
        return PlainMode.run(session, commandRunner(), env);
    }

    @Override
    public boolean interactiveTerminal() {
        return System.console() != null && !"dumb".equals(env.get("TERM"));
    }

    @Override
    public void warmUp() {
        Course course = course(null);
        new ProgressStore(Path.of(System.getProperty("java.io.tmpdir"), "layerlab-warmup.json")).load();
        course.lessons().forEach(lesson -> lesson.steps().forEach(step -> step.explain().length()));
        // One frame of the full-screen interface on a virtual terminal: its classes go into the archive too.
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "layerlab-warmup-progress.json");
        try (Session session = new Session(course, checkEngine(course), docker(), new ProgressStore(scratch), Clock.systemUTC())) {
            TuiMode.warmUp(session);
        }
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    @Override
    public synchronized String readLine() {
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            return stdin.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        out.flush();
        err.flush();
        if (docker != null) {
            docker.close();
        }
    }
}
