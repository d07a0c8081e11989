package dev.layerlab.docker.javaclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.docker.DockerTimeoutException;
import dev.layerlab.docker.Endpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedCallTest {

    @TempDir
    Path dir;

    @Test
    void aDaemonThatNeverAnswersTimesOutWithinTheLimit() throws Exception {
        Path socket = dir.resolve("silent.sock");
        try (SilentDaemon silent = SilentDaemon.listen(socket);
                JavaDockerGateway gateway = JavaDockerGateway.forEndpoint(
                        new Endpoint("unix://" + socket, "DOCKER_HOST", "default", List.of("DOCKER_HOST=unix://" + socket)),
                        GatewaySettings.defaults().withCallTimeout(Duration.ofMillis(500)))) {
            // Building the first docker-java client loads classes for ~300 ms, outside the call's limit by design.
            try (ClientHolder warm = new ClientHolder("unix://" + socket, Duration.ofSeconds(1))) {
                warm.get();
            }
            long start = System.nanoTime();
            DockerTimeoutException e = assertThrows(DockerTimeoutException.class, gateway::info);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis >= 450 && millis < 1500, "took " + millis + " ms");
            assertTrue(silent.accepted() >= 1, "the call never reached the socket");
            assertEquals("The Docker daemon at unix://" + socket + " did not answer (read the daemon version) within 500 ms.",
                    e.getMessage());
            assertTrue(e.remedy().contains("systemctl restart docker"), e.remedy());

            // The hung daemon is not asked again at once: the next call fails fast with the same message.
            long again = System.nanoTime();
            DockerTimeoutException second = assertThrows(DockerTimeoutException.class, gateway::containers);
            assertTrue((System.nanoTime() - again) / 1_000_000 < 200);
            assertEquals(e.getMessage(), second.getMessage());
        }
    }
}
