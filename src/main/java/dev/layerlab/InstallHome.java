package dev.layerlab;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the built-in lessons and checks are: the folder the launcher names, else the folder
 * holding the jar's project (running from a clone), else the working directory.
 */
final class InstallHome {

    private InstallHome() {
    }

    static Path locate(Map<String, String> env) {
        String property = System.getProperty("layerlab.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String fromEnv = env.get("LAYERLAB_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("lessons")) && Files.isDirectory(dir.resolve("checks"))) {
                    return dir;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // No code source to go by: fall back to the working directory.
        }
        return Path.of("").toAbsolutePath();
    }
}
