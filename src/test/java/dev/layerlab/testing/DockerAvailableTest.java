package dev.layerlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerAvailableTest {

    @TempDir
    Path dir;

    @Test
    void missingSocketIsAProblem() {
        String problem = DockerAvailable.ping(dir.resolve("none.sock"), Duration.ofMillis(300));
        assertTrue(problem != null && problem.contains("No such file"), problem);
    }

    @Test
    void okAnswerIsNoProblemAndSilenceIsOne() throws Exception {
        Path socket = dir.resolve("d.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread answering = new Thread(() -> {
                try (SocketChannel client = server.accept()) {
                    client.read(ByteBuffer.allocate(1024));
                    client.write(ByteBuffer.wrap("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK".getBytes(StandardCharsets.US_ASCII)));
                    SocketChannel silent = server.accept(); // the second client hears nothing
                    Thread.sleep(1000);
                    silent.close();
                } catch (Exception e) {
                    // test over
                }
            });
            answering.start();

            assertNull(DockerAvailable.ping(socket, Duration.ofSeconds(2)));
            assertEquals("no answer within 300 ms", DockerAvailable.ping(socket, Duration.ofMillis(300)));
            answering.join();
        }
    }
}
