package dev.layerlab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One request to the Docker API on its unix socket, with nothing in between (no CLI, no client
 * library), so that a bench knows when the daemon has done what it asked. HTTP/1.0: the daemon
 * closes the connection after the answer.
 */
final class DockerApi {

    private final Path socket;

    DockerApi(Path socket) {
        this.socket = socket;
    }

    /**
     * Sends the request, reads the whole answer and returns its status code.
     *
     * @param json the body, or null for none
     */
    int request(String method, String path, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.0\r\nHost: docker\r\n"
                + (json == null ? "" : "Content-Type: application/json\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
            channel.write(ByteBuffer.wrap(body));
            StringBuilder answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                answer.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
                buffer.clear();
            }
            String text = answer.toString();
            if (!text.startsWith("HTTP/1.")) {
                throw new IllegalStateException("not an HTTP answer to " + method + " " + path + ": " + text);
            }
            return Integer.parseInt(text.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException("the daemon at " + socket + " did not answer " + method + " " + path, e);
        }
    }
}
