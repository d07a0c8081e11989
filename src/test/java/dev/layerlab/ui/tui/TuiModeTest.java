package dev.layerlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuiModeTest {

    @TempDir
    Path home;

    @Test
    void warmUpDrawsWithoutTheDaemonOrSavingProgress() throws Exception {
        try (TuiHarness tui = new TuiHarness(home, new Theme(true, true), new TerminalSize(100, 30))) {
            tui.await("Docker 20.10.24");
            int infoCalls = tui.docker.calls("info");
            int imageCalls = tui.docker.calls("image");
            Files.deleteIfExists(home.resolve("progress.json"));
            TuiMode.warmUp(tui.session);
            assertEquals(infoCalls, tui.docker.calls("info"));
            assertEquals(imageCalls, tui.docker.calls("image"), "no check ran");
            assertFalse(Files.exists(home.resolve("progress.json")), "nothing saved");
            assertTrue(tui.screen().contains("Course map"), "the real screen is untouched");
        }
    }
}
