package dev.layerlab.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.lesson.Lesson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One outcome per test: the lifecycle test passes a good lesson and says why it fails a bad one. */
class LessonTesterTest {

    @TempDir
    Path home;

    /** Plays the fixture lessons' solutions on the fake daemon; {@code extra} runs after each. */
    private static final class Solutions implements CommandRunner {
        private final FakeDockerGateway docker;
        private final Consumer<String> extra;

        Solutions(FakeDockerGateway docker, Consumer<String> extra) {
            this.docker = docker;
            this.extra = extra;
        }

        @Override
        public int runInteractive(String commandLine) {
            return runCaptured(commandLine, Duration.ZERO).exitCode();
        }

        @Override
        public Outcome runCaptured(String commandLine, Duration timeout) {
            switch (commandLine) {
                case "docker pull nginx" -> docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
                case "docker run -d --name web nginx" ->
                    docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).id("1".repeat(64)));
                case "docker rm -f web && docker run -d --name web nginx" -> {
                    docker.dropContainer("web");
                    docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).id("2".repeat(64)));
                }
                case "docker volume create data" -> docker.addVolume("data");
                default -> {
                    return new Outcome(127, "sh: unknown command: " + commandLine);
                }
            }
            extra.accept(commandLine);
            return new Outcome(0, "");
        }
    }

    private boolean test(SessionFixture fixture, String lessonId, Consumer<String> extra, List<String> out) {
        Lesson lesson = fixture.course.lesson(lessonId).orElseThrow();
        CheckEngine engine = new CheckEngine(fixture.course.checks(), fixture.docker, url -> new Probe.HttpReply(0, "", "refused"));
        return new LessonTester(engine, fixture.docker, new Solutions(fixture.docker, extra), out::add, Duration.ofMillis(300))
                .test(lesson);
    }

    @Test
    void aGoodLessonPasses() {
        try (SessionFixture fixture = new SessionFixture(home)) {
            List<String> out = new ArrayList<>();

            assertTrue(test(fixture, "demo", line -> { }, out), String.join("\n", out));
            assertTrue(out.contains("  - guess                  quiz (nothing to verify)"), String.join("\n", out));
            assertTrue(out.stream().anyMatch(l -> l.startsWith("  ✓ cleanup") && l.endsWith("nothing left behind")), String.join("\n", out));
            assertTrue(fixture.docker.container("web").isEmpty(), "cleanup removed the lesson's container");
            assertTrue(fixture.docker.image("nginx").isPresent(), "the lesson's images stay");
        }
    }

    @Test
    void aStepWhoseChecksAlreadyPassFails() {
        try (SessionFixture fixture = new SessionFixture(home)) {
            List<String> out = new ArrayList<>();
            Consumer<String> tooMuch = line -> {
                if (line.equals("docker pull nginx")) {
                    fixture.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING));
                }
            };

            assertFalse(test(fixture, "demo", tooMuch, out));
            assertTrue(out.stream().anyMatch(l -> l.contains("run") && l.contains("checks already pass before the solution")),
                    String.join("\n", out));
            assertTrue(fixture.docker.container("web").isEmpty(), "cleanup still runs after a failure");
        }
    }

    @Test
    void aFailingSolutionFailsTheLesson() {
        try (SessionFixture fixture = new SessionFixture(home)) {
            List<String> out = new ArrayList<>();
            Lesson lesson = fixture.course.lesson("demo").orElseThrow();
            CheckEngine engine = new CheckEngine(fixture.course.checks(), fixture.docker, url -> new Probe.HttpReply(0, "", "refused"));
            CommandRunner broken = new CommandRunner() {
                @Override
                public int runInteractive(String commandLine) {
                    return 1;
                }

                @Override
                public Outcome runCaptured(String commandLine, Duration timeout) {
                    return new Outcome(1, "Error response from daemon: pull access denied");
                }
            };

            assertFalse(new LessonTester(engine, fixture.docker, broken, out::add).test(lesson));
            assertTrue(out.stream().anyMatch(l -> l.contains("solution failed (exit 1): docker pull nginx")
                    && l.contains("pull access denied")), String.join("\n", out));
        }
    }

    @Test
    void somethingLeftBehindFailsTheLesson() {
        try (SessionFixture fixture = new SessionFixture(home)) {
            List<String> out = new ArrayList<>();
            Consumer<String> leaky = line -> {
                if (line.equals("docker volume create data")) {
                    fixture.docker.addVolume("stray");
                }
            };

            assertFalse(test(fixture, "second", leaky, out));
            assertTrue(out.stream().anyMatch(l -> l.contains("left behind: volume \"stray\"")), String.join("\n", out));
        }
    }

    @Test
    void checksThatStillFailAfterTheSolutionAreListed() {
        try (SessionFixture fixture = new SessionFixture(home)) {
            List<String> out = new ArrayList<>();
            Consumer<String> undo = line -> fixture.docker.dropImage("nginx");

            assertFalse(test(fixture, "demo", undo, out));
            assertTrue(out.stream().anyMatch(l -> l.contains("checks fail after the solution")), String.join("\n", out));
            assertTrue(out.stream().anyMatch(l -> l.contains("✗ image \"nginx\" is present locally")), String.join("\n", out));
        }
    }
}
