package dev.layerlab.cli;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.lesson.Course;
import dev.layerlab.progress.ProgressStore;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import dev.layerlab.session.SessionFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** The commands' services over the fixture course, a fake daemon, a temporary progress file and captured output. */
final class FakeServices implements Services {

    final FakeDockerGateway docker = new FakeDockerGateway();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Deque<String> input = new ArrayDeque<>();
    private final Path home;
    private final PrintWriter outWriter = new PrintWriter(out, true);
    private final PrintWriter errWriter = new PrintWriter(err, true);

    FakeServices(Path home) {
        this.home = home;
    }

    @Override
    public Course course(Path lessonsDir) {
        return new SessionFixture(home).course;
    }

    @Override
    public Path defaultLessonsDir() {
        return SessionFixture.COURSE;
    }

    @Override
    public DockerGateway docker() {
        return docker;
    }

    @Override
    public CheckEngine checkEngine(Course course) {
        return new CheckEngine(course.checks(), docker, url -> new Probe.HttpReply(0, "", "refused"));
    }

    @Override
    public ProgressStore progressStore() {
        return new ProgressStore(home.resolve("progress.json"));
    }

    @Override
    public CommandRunner commandRunner() {
        return new CommandRunner() {
            @Override
            public int runInteractive(String commandLine) {
                return 0;
            }

            @Override
            public Outcome runCaptured(String commandLine, Duration timeout) {
                return new Outcome(0, "");
            }
        };
    }

    @Override
    public Session session(Course course) {
        return new Session(course, checkEngine(course), docker, progressStore(), Clock.systemUTC());
    }

    @Override
    public int runTutorial(Session session, boolean plain) {
        throw new UnsupportedOperationException("not in these tests");
    }

    @Override
    public boolean interactiveTerminal() {
        return false;
    }

    @Override
    public void warmUp() {
    }

    @Override
    public PrintWriter out() {
        return outWriter;
    }

    @Override
    public PrintWriter err() {
        return errWriter;
    }

    @Override
    public String readLine() {
        return input.poll();
    }
}
