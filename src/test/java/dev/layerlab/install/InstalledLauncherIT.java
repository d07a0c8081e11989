package dev.layerlab.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.testing.Launch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install.sh as a user runs it, into a temporary prefix, then the installed launcher. */
class InstalledLauncherIT {

    @TempDir
    Path prefix;

    @TempDir
    Path home;

    @Test
    void installsALauncherThatRunsFromAnywhere() throws Exception {
        Map<String, String> env = Map.of("PREFIX", prefix.toString(), "HOME", home.toString(),
                "PATH", "/usr/bin:/bin", "XDG_STATE_HOME", home.resolve("state").toString());
        Launch.Result install = Launch.run(List.of("bash", Launch.repo().resolve("install.sh").toString(), "--no-build"),
                "", env, Duration.ofMinutes(3));

        assertEquals(0, install.exitCode(), install.output());
        Path launcher = prefix.resolve("bin/layerlab");
        assertTrue(Files.isExecutable(launcher), install.output());
        assertTrue(install.output().contains("is not on your PATH. Add it"), install.output());
        assertTrue(Files.size(prefix.resolve("share/layerlab/layerlab.jsa")) > 0, "the class data sharing archive is made");

        Launch.Result version = Launch.run(List.of(launcher.toString(), "--version"), "", env, Duration.ofMinutes(1));
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(version.output().startsWith("layerlab 0."), version.output());

        Launch.Result lint = Launch.run(List.of("sh", "-c", "cd / && " + launcher + " lint"), "", env, Duration.ofMinutes(1));
        assertEquals(0, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("3 lessons") && lint.output().contains("no problems"), lint.output());
    }

    @Test
    void saysWhatIsMissingWhenJavaIsNotThere() throws Exception {
        Path emptyBin = Files.createDirectories(home.resolve("bin"));
        for (String tool : List.of("bash", "dirname", "sed", "mkdir", "env")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            Files.createSymbolicLink(emptyBin.resolve(tool), real);
        }
        Map<String, String> env = Map.of("PREFIX", prefix.toString(), "HOME", home.toString(), "PATH", emptyBin.toString(),
                "JAVA_HOME", "");
        Launch.Result install = Launch.run(List.of(emptyBin.resolve("bash").toString(),
                Launch.repo().resolve("install.sh").toString()), "", env, Duration.ofMinutes(1));

        assertEquals(1, install.exitCode(), install.output());
        assertTrue(install.output().contains("Java 17 or newer is needed and none was found"), install.output());
    }
}
