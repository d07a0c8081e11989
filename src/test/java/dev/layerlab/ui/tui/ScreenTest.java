package dev.layerlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame around the views: help, size, the daemon banner, the themes. */
class ScreenTest {

    @TempDir
    Path home;

    @Test
    void questionMarkShowsEveryKeyAndAnyKeyClosesIt() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.type("?");
            tui.await(s -> KeyMap.HELP.stream().allMatch(entry -> s.lines().anyMatch(l -> l.contains(entry[0])
                    && l.contains(entry[1]))) && s.contains("Any key closes this help."), "every key in the help");
            tui.type("x").awaitGone("Any key closes this help.");
            assertFalse(tui.screen().contains("$ x"), "the key that closes the help does nothing else");
        }
    }

    @Test
    void aResizeRedrawsAtTheNewSize() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.terminal.setTerminalSize(new TerminalSize(120, 40));
            String screen = tui.await(s -> s.lines().count() == 40 && s.lines().toList().get(38).contains("Docker 20.10.24")
                    && s.lines().toList().get(38).endsWith("? help  q quit"), "the status bar on row 39 of 40");
            assertEquals(120, screen.lines().toList().get(38).length() + 1, screen);
            tui.terminal.setTerminalSize(new TerminalSize(80, 24));
            tui.await(s -> s.lines().toList().get(22).contains("Docker 20.10.24"), "the status bar on row 23 of 24");
        }
    }

    @Test
    void aWindowTooSmallSaysHowBigItMustBeAndComesBack() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.await("Course map");
            tui.terminal.setTerminalSize(new TerminalSize(50, 12));
            String screen = tui.await("Make the window at least 60×16");
            assertTrue(screen.contains("(it is 50×12 now)"), screen);
            assertFalse(screen.contains("pull-it"), screen);
            tui.terminal.setTerminalSize(new TerminalSize(100, 30));
            tui.await("pull-it");
            tui.awaitGone("Make the window");
        }
    }

    @Test
    void aLostDaemonShowsABannerThatClearsWhenItReturns() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.docker.setUnreachable(true);
            tui.docker.fireConnection(false, "connection refused");
            String screen = tui.await("Docker daemon lost, checks paused: connection refused");
            assertTrue(screen.contains("Checks paused until the Docker daemon is back."), screen);
            assertFalse(screen.contains("Exception"), screen);
            tui.docker.setUnreachable(false);
            tui.docker.fireConnection(true, "");
            tui.awaitGone("Docker daemon lost");
            tui.await("Docker 20.10.24 · unix:///var/run/docker.sock");
        }
    }

    @Test
    void noticesShowInTheMessageLine() throws Exception {
        try (TuiHarness tui = new TuiHarness(home)) {
            tui.openFirstLesson();
            tui.type("h").type("h").type("h");
            String screen = tui.await("No more hints");
            assertTrue(screen.lines().toList().get(29).contains("No more hints"), screen);
        }
    }

    @Test
    void noColorAndAnAsciiLocaleGiveAMonochromeAsciiScreen() throws Exception {
        Theme theme = Theme.from(Map.of("NO_COLOR", "1", "LANG", "C"));
        assertFalse(theme.color());
        assertFalse(theme.unicode());
        try (TuiHarness tui = new TuiHarness(home, theme, new TerminalSize(100, 30))) {
            String map = tui.await("Docker 20.10.24");
            assertTrue(map.contains("layerlab | Course map"), map);
            assertTrue(map.lines().anyMatch(l -> l.contains("> ") && l.contains("pull-it") && l.contains("..........")), map);
            tui.openFirstLesson();
            String screen = tui.await("[ ] image \"nginx\" is present locally");
            assertTrue(screen.chars().allMatch(c -> c < 128), "ASCII only:\n" + screen);
            for (int row = 0; row < 30; row++) {
                for (int column = 0; column < 100; column++) {
                    TextCharacter cell = tui.terminal.getCharacter(column, row);
                    assertEquals(TextColor.ANSI.DEFAULT, cell.getForegroundColor(), "colour at " + column + "," + row);
                    assertEquals(TextColor.ANSI.DEFAULT, cell.getBackgroundColor(), "colour at " + column + "," + row);
                    assertTrue(cell.getModifiers().stream().allMatch(m -> m == SGR.BOLD || m == SGR.REVERSE),
                            "only bold and reverse at " + column + "," + row);
                }
            }
        }
    }

    @Test
    void themeFollowsTheEnvironment() {
        assertTrue(Theme.from(Map.of("LANG", "en_US.UTF-8")).unicode());
        assertTrue(Theme.from(Map.of("LC_ALL", "C.utf8", "LANG", "C")).unicode());
        assertFalse(Theme.from(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8")).unicode(), "LC_ALL wins");
        assertFalse(Theme.from(Map.of("LC_CTYPE", "POSIX", "LANG", "en_US.UTF-8")).unicode(), "LC_CTYPE before LANG");
        assertFalse(Theme.from(Map.of()).unicode(), "no locale is the C locale");
        assertTrue(Theme.from(Map.of()).color());
        assertTrue(Theme.from(Map.of("NO_COLOR", "")).color(), "an empty NO_COLOR does not count");
        assertFalse(Theme.from(Map.of("NO_COLOR", "yes")).color());
    }
}
