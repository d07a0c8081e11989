package dev.layerlab.ui.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.SessionFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line mode over JLine's dumb terminal, with typed input and the printed output. */
class PlainUiTest {

    @TempDir
    Path home;

    /** Records the command lines it is asked to run and plays their effect on the fake daemon. */
    private static class FakeRunner implements CommandRunner {
        final List<String> ran = new ArrayList<>();
        final FakeDockerGateway docker;

        FakeRunner(FakeDockerGateway docker) {
            this.docker = docker;
        }

        @Override
        public int runInteractive(String commandLine) {
            ran.add(commandLine);
            if (commandLine.equals("docker pull nginx")) {
                docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
                return 0;
            }
            return 1;
        }

        @Override
        public Outcome runCaptured(String commandLine, Duration timeout) {
            return new Outcome(runInteractive(commandLine), "");
        }
    }

    private String session(SessionFixture fixture, FakeRunner runner, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            assertEquals(0, new PlainUi(terminal, fixture.session, runner, true).run());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsTheCourseMapThenResumesTheNextLesson() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            String out = session(fixture, new FakeRunner(fixture.docker), "quit\n");

            assertTrue(out.contains("Course"), out);
            assertTrue(out.contains("demo") && out.contains("(next)"), out);
            assertTrue(out.contains("broken:") && out.contains("unknown check \"no-such-check\""), out);
            assertTrue(out.contains("Demo lesson — step 1 of 4"), out);
            assertTrue(out.contains("Task: Pull nginx."), out);
            assertTrue(out.contains("$ docker pull nginx"), out);
            assertTrue(out.contains("✗ image \"nginx\" is present locally — no image \"nginx\""), out);
            assertTrue(out.contains("Progress saved"), out);
        }
    }

    @Test
    void aDockerCommandRunsWithTheTerminalAndTheChecksFollow() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            FakeRunner runner = new FakeRunner(fixture.docker);
            String out = session(fixture, runner, "docker pull nginx\nquit\n");

            assertEquals(List.of("docker pull nginx"), runner.ran);
            assertTrue(out.contains("✓ image \"nginx\" is present locally"), out);
            assertTrue(out.contains("All checks pass — type next to go on."), out);
        }
    }

    @Test
    void hintsSolutionAndNavigation() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            FakeRunner runner = new FakeRunner(fixture.docker);
            String out = session(fixture, runner, "hint\nsolution\ny\ny\nnext\nanswer 2\nback\nquit\n");

            assertTrue(out.contains("Hint 1: Use docker pull."), out);
            assertTrue(out.contains("Solution:\n  $ docker pull nginx"), out);
            assertEquals(List.of("docker pull nginx"), runner.ran, "the solution ran after the second yes");
            assertTrue(out.contains("Demo lesson — step 2 of 4"), out);
            assertTrue(out.contains("Predict: Will it survive?"), out);
            assertTrue(out.contains("> 2) No"), out);
            assertTrue(out.contains("Your prediction is saved"), out);
        }
    }

    @Test
    void theSolutionIsNotShownWithoutAYes() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            FakeRunner runner = new FakeRunner(fixture.docker);
            String out = session(fixture, runner, "solution\nn\nquit\n");

            assertTrue(out.contains("Show the solution?"), out);
            assertTrue(!out.contains("Solution:"), out);
            assertTrue(runner.ran.isEmpty());
        }
    }

    @Test
    void unknownWordsSayWhatToTypeInstead() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            String out = session(fixture, new FakeRunner(fixture.docker), "frobnicate\nopen\nopen nope\nhelp\nquit\n");

            assertTrue(out.contains("\"frobnicate\" is not a command — type help"), out);
            assertTrue(out.contains("open which lesson?"), out);
            assertTrue(out.contains("no lesson \"nope\""), out);
            assertTrue(out.contains("docker ...       run a docker command here"), out);
        }
    }

    @Test
    void resetListsWhatItRemovesAndAsksFirst() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            fixture.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx",
                    dev.layerlab.docker.ContainerState.RUNNING));
            String out = session(fixture, new FakeRunner(fixture.docker), "reset\ny\nquit\n");

            assertTrue(out.contains("Reset removes: container \"web\" — and nothing else."), out);
            assertTrue(out.contains("Lesson reset; removed container \"web\""), out);
            assertTrue(fixture.docker.container("web").isEmpty());
        }
    }

    @Test
    void aDestructiveCommandSaysWhatItWouldRemoveAndAsksFirst() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            fixture.docker.addContainer(FakeDockerGateway.newContainer("mine", "nginx",
                    dev.layerlab.docker.ContainerState.EXITED));
            FakeRunner runner = new FakeRunner(fixture.docker);
            String out = session(fixture, runner, "docker container prune -f\nn\nquit\n");

            assertTrue(out.contains("container \"mine\""), out);
            assertTrue(out.contains("Run it anyway? [y/N]"), out);
            assertTrue(out.contains("Not run."), out);
            assertTrue(runner.ran.isEmpty(), "nothing ran without a yes");
        }
    }

    @Test
    void nothingIsPrintedIntoARunningCommandAndItComesAfter() throws IOException {
        try (SessionFixture fixture = new SessionFixture(home)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long[] written = new long[2];
            CommandRunner interactive = new FakeRunner(fixture.docker) {
                @Override
                public int runInteractive(String commandLine) {
                    written[0] = out.size();
                    fixture.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
                    fixture.docker.fireEvent(new dev.layerlab.docker.DaemonEvent("image", "pull", "nginx", java.util.Map.of()));
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    written[1] = out.size();
                    return 0;
                }
            };
            try (Terminal terminal = new DumbTerminal("test", "dumb",
                    new ByteArrayInputStream("docker pull nginx\nquit\n".getBytes(StandardCharsets.UTF_8)), out,
                    StandardCharsets.UTF_8)) {
                new PlainUi(terminal, fixture.session, interactive, true).run();
            }

            assertEquals(written[0], written[1], "layerlab printed while the command owned the terminal");
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.indexOf("✓ image \"nginx\" is present locally") > text.indexOf("$ docker pull nginx"), text);
        }
    }

    @Test
    void asciiMarksWhenTheLocaleIsNotUtf8() throws IOException {
        assertTrue(PlainMode.unicode(java.util.Map.of("LANG", "en_US.UTF-8")));
        assertTrue(!PlainMode.unicode(java.util.Map.of("LANG", "C")));
        assertTrue(!PlainMode.unicode(java.util.Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8")));
        try (SessionFixture fixture = new SessionFixture(home)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Terminal terminal = new DumbTerminal("test", "dumb",
                    new ByteArrayInputStream("quit\n".getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
                new PlainUi(terminal, fixture.session, new FakeRunner(fixture.docker), false).run();
            }
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("[ ] image \"nginx\" is present locally"), text);
            assertTrue(!text.contains("✗"), text);
        }
    }
}
