package dev.layerlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.layerlab.testing.DockerAvailable;
import dev.layerlab.testing.Launch;
import dev.layerlab.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as a learner sees it: the launcher that {@code install.sh} installs, on a real
 * terminal (a pane of a private tmux server, so it runs in CI with no terminal), against the real
 * daemon and the offline lab's registry mirror. A wrapper in the pane records {@code stty -a}
 * before and after layerlab and its exit code, so each test proves the terminal is given back as
 * it was found.
 */
class TuiTmuxIT {

    /** A cold JVM on a loaded CI machine, plus the first contact with the daemon. */
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration SCREEN = Duration.ofSeconds(15);
    private static final Duration PULL = Duration.ofSeconds(90);
    private static final Duration CHECK_TURNS = Duration.ofSeconds(20);
    private static final Duration EXIT = Duration.ofSeconds(20);

    private static final String WRAPPER = """
            #!/bin/sh
            # $1: where to write the records; the rest: the program. Runs it in the foreground on this terminal.
            out="$1"; shift
            stty -a > "$out/stty.before"
            sh -c 'echo $$ > "$0"; exec "$@"' "$out/pid" "$@"
            code=$?
            stty -a > "$out/stty.after"
            echo "[wrapper] exit code $code"
            echo "$code" > "$out/exit.tmp" && mv "$out/exit.tmp" "$out/exit"
            exec sleep 3600
            """;

    @TempDir
    static Path installed;

    private static Path launcher;

    @TempDir
    Path work;

    private Tmux tmux;

    @BeforeAll
    static void install() {
        Tmux.require();
        DockerAvailable.require();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PREFIX", installed.resolve("prefix").toString());
        env.put("HOME", installed.toString());
        Launch.Result install = Launch.run(List.of("bash", Launch.repo().resolve("install.sh").toString(), "--no-build"),
                "", env, Duration.ofMinutes(3));
        assertEquals(0, install.exitCode(), install.output());
        launcher = installed.resolve("prefix/bin/layerlab");
        assertTrue(Files.isExecutable(launcher), install.output());
    }

    @BeforeEach
    void start() throws IOException {
        Files.writeString(work.resolve("wrapper.sh"), WRAPPER);
        Files.createDirectories(work.resolve("home"));
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void pullingOnTheCommandLineTurnsTheCheckAndQuittingRestoresTheTerminal() throws IOException {
        removeNginx();
        Tmux pane = startLayerlab();

        pane.await(s -> s.contains("Course map") && s.contains("image-vs-container"), "the course map", START);
        pane.keys("Enter");
        pane.await("✗ image \"nginx\" is present locally", SCREEN);

        pane.type("docker pull nginx");
        pane.keys("Enter");
        String handedOver = pane.await("[press any key to go back to layerlab]", PULL);
        assertTrue(handedOver.contains("$ docker pull nginx") && handedOver.contains("Downloaded newer image for nginx:latest"),
                "the command ran on the terminal and really pulled:\n" + Tmux.frame(handedOver));

        pane.keys("Space");
        pane.await("✓ image \"nginx\" is present locally", CHECK_TURNS);

        pane.keys("q");
        String after = awaitExit(pane);
        assertTrue(after.contains("Progress saved. See you next time"), "the goodbye line:\n" + Tmux.frame(after));
        assertRestored(0, after);
    }

    @Test
    void ctrlCOnTheCourseMapQuitsAndRestoresTheTerminal() throws IOException {
        Tmux pane = startLayerlab();
        pane.await(s -> s.contains("Course map") && s.contains("Docker "), "the course map", START);

        pane.keys("C-c");
        String after = awaitExit(pane);
        assertTrue(after.contains("Progress saved. See you next time"), "the goodbye line:\n" + Tmux.frame(after));
        assertRestored(0, after);
    }

    @Test
    void sigtermRestoresTheTerminal() throws IOException {
        Tmux pane = startLayerlab();
        pane.await(s -> s.contains("Course map") && s.contains("Docker "), "the course map", START);
        long pid = Long.parseLong(Files.readString(work.resolve("pid")).strip());
        ProcessHandle java = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("layerlab (pid " + pid + ") is not running"));
        assertTrue(java.info().command().orElse("").endsWith("java"), "the pid is the JVM: " + java.info());

        assertTrue(java.destroy(), "SIGTERM sent");
        String after = awaitExit(pane);
        assertRestored(143, after);
    }

    private Tmux startLayerlab() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", work.resolve("home").toString());
        env.put("XDG_STATE_HOME", work.resolve("state").toString());
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        env.remove("NO_COLOR");
        tmux = Tmux.start("lltest-e2e-", env, work, 110, 34, "sh " + work.resolve("wrapper.sh") + " " + work + " " + launcher);
        return tmux;
    }

    /** Waits until the wrapper has recorded the exit code; returns the pane. */
    private String awaitExit(Tmux pane) {
        return pane.await(s -> Files.exists(work.resolve("exit")) && s.contains("[wrapper] exit code"),
                "layerlab to end and the wrapper to record the terminal", EXIT);
    }

    private void assertRestored(int expectedExit, String pane) throws IOException {
        String before = Files.readString(work.resolve("stty.before"));
        String after = Files.readString(work.resolve("stty.after"));
        assertTrue(before.contains(" icanon") && before.contains(" echo ") && !before.contains("-icanon"),
                "the pane started in cooked mode:\n" + before);
        assertEquals(before, after, "stty -a after layerlab differs from before; the pane:\n" + Tmux.frame(pane));
        assertEquals(String.valueOf(expectedExit), Files.readString(work.resolve("exit")).strip(),
                "layerlab's exit code; the pane:\n" + Tmux.frame(pane));
    }

    /** Lesson 1 starts with "pull nginx": make its ✗ → ✓ real by removing the image (and the lesson's own container). */
    private static void removeNginx() {
        Map<String, String> env = Map.of();
        Launch.run(List.of("docker", "rm", "-f", "hello-nginx"), "", env, Duration.ofSeconds(30));
        Launch.run(List.of("docker", "rmi", "nginx"), "", env, Duration.ofSeconds(30));
        Launch.Result inspect = Launch.run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", "nginx"), "", env,
                Duration.ofSeconds(30));
        if (inspect.exitCode() == 0) {
            Launch.Result users = Launch.run(List.of("docker", "ps", "-a", "--filter", "ancestor=nginx",
                    "--format", "{{.Names}}"), "", env, Duration.ofSeconds(30));
            fail("could not remove the image nginx for a real ✗ → ✓; containers that use it: " + users.output());
        }
    }
}
