package dev.layerlab.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a Docker daemon answers, for {@code *IT} tests. Uses plain JDK sockets (an HTTP
 * {@code GET /_ping} over the unix socket) so that it depends on no production code. When no
 * daemon answers, the test is skipped loudly, or fails when {@code -Dlayerlab.requireDocker=true}.
 */
public final class DockerAvailable {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private DockerAvailable() {
    }

    /** Returns true when the daemon answers; otherwise aborts (skips) or fails the calling test. */
    public static boolean require() {
        Path socket = socket();
        String problem = ping(socket, TIMEOUT);
        if (problem == null) {
            return true;
        }
        String message = "NO DOCKER DAEMON: " + socket + " did not answer GET /_ping (" + problem + "); daemon tests "
                + (required() ? "FAIL because -Dlayerlab.requireDocker=true. Start Docker."
                        : "are SKIPPED. Start Docker; -Dlayerlab.requireDocker=true makes this a failure.");
        System.err.println("*** " + message);
        if (required()) {
            fail(message);
        }
        Assumptions.abort(message);
        return false;
    }

    /** The socket the tests talk to: a unix {@code DOCKER_HOST}, else {@code /var/run/docker.sock}. */
    public static Path socket() {
        String host = System.getenv("DOCKER_HOST");
        if (host != null && host.startsWith("unix://")) {
            return Path.of(host.substring("unix://".length()));
        }
        return Path.of("/var/run/docker.sock");
    }

    private static boolean required() {
        return Boolean.parseBoolean(System.getProperty("layerlab.requireDocker", "false"));
    }

    /** Null when the daemon answered {@code OK}, otherwise what went wrong. */
    static String ping(Path socket, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                Selector selector = Selector.open()) {
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            StringBuilder answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (System.nanoTime() < deadline) {
                selector.select(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                selector.selectedKeys().clear();
                int read = channel.read(buffer);
                if (read > 0) {
                    answer.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
                    buffer.clear();
                }
                if (read < 0 || answer.toString().endsWith("OK")) {
                    break;
                }
            }
            String text = answer.toString();
            return text.startsWith("HTTP/1.") && text.contains(" 200 ") ? null
                    : text.isEmpty() ? "no answer within " + timeout.toMillis() + " ms" : "unexpected answer";
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
