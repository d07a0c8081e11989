package dev.layerlab.docker.javaclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.Endpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreachableDaemonTest {

    @TempDir
    Path home;

    @Test
    void oneMessageNamesTheAddressEveryPlaceTriedAndTheFix() {
        Endpoint endpoint = DaemonDiscovery.withSystemSocket(home.resolve("docker.sock")).discover(Map.of(), home);
        try (JavaDockerGateway gateway = JavaDockerGateway.forEndpoint(endpoint)) {
            DaemonUnreachableException e = assertThrows(DaemonUnreachableException.class, gateway::info);

            String message = e.getMessage();
            assertTrue(message.startsWith("Cannot reach the Docker daemon at unix://" + home.resolve("docker.sock")
                    + " (found via default socket): the socket file does not exist."), message);
            for (String place : endpoint.tried()) {
                assertTrue(message.contains(place), "missing " + place + " in " + message);
            }
            assertTrue(message.contains("DOCKER_HOST (not set)"), message);
            assertTrue(e.remedy().contains("sudo systemctl start docker"), e.remedy());
            assertTrue(e.remedy().contains("sudo usermod -aG docker $USER"), e.remedy());
            assertEquals(-1, message.indexOf('\n'), "one line");
        }
    }

    @Test
    void dockerHostSourceAddsAHintAboutTheVariable() {
        Endpoint endpoint = DaemonDiscovery.standard().discover(Map.of("DOCKER_HOST", "unix://" + home.resolve("nope.sock")), home);
        try (JavaDockerGateway gateway = JavaDockerGateway.forEndpoint(endpoint)) {
            DaemonUnreachableException e = assertThrows(DaemonUnreachableException.class, gateway::containers);

            assertTrue(e.getMessage().contains("(found via DOCKER_HOST)"), e.getMessage());
            assertTrue(e.remedy().contains("unset it"), e.remedy());
        }
    }

    @Test
    void refusedTcpConnectionIsReportedAsRefused() {
        Endpoint endpoint = new Endpoint("tcp://127.0.0.1:1", "DOCKER_HOST", "default", java.util.List.of("DOCKER_HOST=tcp://127.0.0.1:1"));
        try (JavaDockerGateway gateway = JavaDockerGateway.forEndpoint(endpoint)) {
            DaemonUnreachableException e = assertThrows(DaemonUnreachableException.class, gateway::images);

            assertTrue(e.getMessage().contains(": connection refused."), e.getMessage());
        }
    }

    @Test
    void afterAFailureCallsFailFastWithoutTouchingTheSocket() throws Exception {
        Path socket = home.resolve("later.sock");
        Endpoint endpoint = new Endpoint("unix://" + socket, "default socket", "default", java.util.List.of(socket.toString()));
        GatewaySettings settings = GatewaySettings.defaults().withCallTimeout(Duration.ofMillis(500))
                .withFailFastWindow(Duration.ofSeconds(30));
        try (JavaDockerGateway gateway = JavaDockerGateway.forEndpoint(endpoint, settings)) {
            DaemonUnreachableException first = assertThrows(DaemonUnreachableException.class, gateway::info);

            // A socket appears that would hang any caller: a call that touched it would time out instead.
            try (SilentDaemon silent = SilentDaemon.listen(socket)) {
                long start = System.nanoTime();
                DaemonUnreachableException second = assertThrows(DaemonUnreachableException.class, gateway::containers);
                long millis = (System.nanoTime() - start) / 1_000_000;

                assertEquals(first.getMessage(), second.getMessage());
                assertTrue(millis < 200, "took " + millis + " ms");
                assertEquals(0, silent.accepted(), "the socket was touched");
            }
        }
    }
}
