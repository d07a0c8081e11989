package dev.layerlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdkHttpGetterTest {

    private HttpServer server;
    private String base;
    private final JdkHttpGetter http = new JdkHttpGetter();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<h1>Welcome to nginx!</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("x".repeat(200 * 1024).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The client stops reading at its cap; a broken pipe here is expected.
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void getsStatusAndBody() {
        Probe.HttpReply reply = http.get(base + "/");
        assertEquals(200, reply.status());
        assertEquals("<h1>Welcome to nginx!</h1>", reply.body());
    }

    @Test
    void doesNotFollowRedirects() {
        assertEquals(301, http.get(base + "/moved").status());
    }

    @Test
    void capsTheBody() {
        Probe.HttpReply reply = http.get(base + "/big");
        assertEquals(200, reply.status());
        assertEquals(JdkHttpGetter.MAX_BODY, reply.body().length());
    }

    @Test
    void saysWhenNothingAnswers() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Probe.HttpReply reply = http.get("http://127.0.0.1:" + port + "/");
        assertEquals(0, reply.status());
        assertEquals("connection refused", reply.error());
    }

    @Test
    void saysWhenTheUrlIsBad() {
        Probe.HttpReply reply = http.get("http://bad host/");
        assertEquals(0, reply.status());
        assertTrue(reply.error().startsWith("not a valid URL"), reply.error());
    }
}
