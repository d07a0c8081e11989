package dev.layerlab.docker.javaclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.docker.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonDiscoveryTest {

    @TempDir
    Path home;

    private DaemonDiscovery discovery() {
        return DaemonDiscovery.withSystemSocket(home.resolve("system/docker.sock"));
    }

    @Test
    void dockerHostWinsOverContext() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///colima.sock");
        writeConfig(home.resolve(".docker"), "colima");

        Endpoint endpoint = discovery().discover(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375"), home);

        assertEquals("tcp://10.0.0.5:2375", endpoint.uri());
        assertEquals("DOCKER_HOST", endpoint.source());
        assertEquals("default", endpoint.contextName());
        assertEquals(java.util.List.of("DOCKER_HOST=tcp://10.0.0.5:2375"), endpoint.tried());
    }

    @Test
    void currentContextFromConfigJsonAndMetaInShaDirectory() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///home/me/.colima/docker.sock");
        writeConfig(home.resolve(".docker"), "colima");

        Endpoint endpoint = discovery().discover(Map.of(), home);

        assertEquals("unix:///home/me/.colima/docker.sock", endpoint.uri());
        assertEquals("context \"colima\"", endpoint.source());
        assertEquals("colima", endpoint.contextName());
        assertEquals("DOCKER_HOST (not set)", endpoint.tried().get(0));
        assertTrue(endpoint.tried().get(1).contains("currentContext \"colima\""), endpoint.tried().toString());
    }

    @Test
    void dockerContextVariableBeatsConfigJson() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///colima.sock");
        writeContext(home.resolve(".docker"), "remote", "ssh://me@box");
        writeConfig(home.resolve(".docker"), "colima");

        Endpoint endpoint = discovery().discover(Map.of("DOCKER_CONTEXT", "remote"), home);

        assertEquals("ssh://me@box", endpoint.uri());
        assertEquals("remote", endpoint.contextName());
        assertTrue(endpoint.tried().contains("DOCKER_CONTEXT=remote"), endpoint.tried().toString());
    }

    @Test
    void dockerConfigVariableMovesTheConfigDirectory() throws IOException {
        Path config = home.resolve("elsewhere");
        writeContext(config, "desktop-linux", "unix:///desktop.sock");
        writeConfig(config, "desktop-linux");

        Endpoint endpoint = discovery().discover(Map.of("DOCKER_CONFIG", config.toString()), home);

        assertEquals("unix:///desktop.sock", endpoint.uri());
    }

    @Test
    void defaultContextMeansTheDefaultSocket() throws IOException {
        writeConfig(home.resolve(".docker"), "default");

        Endpoint endpoint = discovery().discover(Map.of(), home);

        assertEquals("default socket", endpoint.source());
        assertEquals("unix://" + home.resolve("system/docker.sock"), endpoint.uri());
    }

    @Test
    void contextWithoutMetadataFallsBackAndSaysSo() throws IOException {
        writeConfig(home.resolve(".docker"), "gone");

        Endpoint endpoint = discovery().discover(Map.of(), home);

        assertEquals("default socket", endpoint.source());
        assertTrue(endpoint.tried().stream().anyMatch(t -> t.startsWith("context \"gone\": no docker endpoint in ")),
                endpoint.tried().toString());
    }

    @Test
    void nothingConfiguredNamesTheSystemSocketAndListsEveryPlace() {
        Endpoint endpoint = discovery().discover(Map.of("XDG_RUNTIME_DIR", home.resolve("run").toString()), home);

        assertEquals("unix://" + home.resolve("system/docker.sock"), endpoint.uri());
        assertEquals("default socket", endpoint.source());
        assertEquals(java.util.List.of(
                "DOCKER_HOST (not set)",
                home.resolve(".docker/config.json") + ": no current context",
                home.resolve("system/docker.sock") + " (no such file)",
                home.resolve("run/docker.sock") + " (no such file)",
                home.resolve(".docker/run/docker.sock") + " (no such file)"), endpoint.tried());
    }

    @Test
    void rootlessSocketIsUsedWhenTheSystemSocketIsMissing() throws IOException {
        Path rootless = Files.createDirectories(home.resolve("run")).resolve("docker.sock");
        Files.createFile(rootless);

        Endpoint endpoint = discovery().discover(Map.of("XDG_RUNTIME_DIR", home.resolve("run").toString()), home);

        assertEquals("unix://" + rootless, endpoint.uri());
    }

    @Test
    void desktopSocketIsUsedWhenItIsTheOnlyOne() throws IOException {
        Path desktop = Files.createDirectories(home.resolve(".docker/run")).resolve("docker.sock");
        Files.createFile(desktop);

        Endpoint endpoint = discovery().discover(Map.of(), home);

        assertEquals("unix://" + desktop, endpoint.uri());
    }

    @Test
    void contextDirectoryIsTheSha256OfTheName() {
        // echo -n default | sha256sum
        assertEquals("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f", ContextSource.sha256Hex("default"));
    }

    private static void writeConfig(Path configDir, String current) throws IOException {
        Files.createDirectories(configDir);
        Files.writeString(configDir.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"" + current + "\"}");
    }

    private static void writeContext(Path configDir, String name, String host) throws IOException {
        Path dir = Files.createDirectories(configDir.resolve("contexts/meta").resolve(ContextSource.sha256Hex(name)));
        Files.writeString(dir.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\""
                + host + "\",\"SkipTLSVerify\":false}}}");
    }
}
