package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layerlab.check.Observation;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.Endpoint;
import dev.layerlab.docker.FakeDockerGateway;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPrimitiveTest {

    private static final String PAGE = "<html>\n<head><title>Welcome to nginx!</title></head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n";

    private final FakeProbe probe = new FakeProbe();
    private final HttpPrimitive http = new HttpPrimitive();

    @BeforeEach
    void setUp() {
        probe.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).publish(8080, 80).expose(443));
        probe.reply("http://127.0.0.1:8080/", 200, PAGE).reply("http://127.0.0.1:8080/missing", 404, "not found");
    }

    @Test
    void byHostPort() {
        assertEquals(Observation.pass("got 200 from 127.0.0.1:8080/"), probe.run(http, "port", "8080"));
        assertEquals(Observation.fail("nothing answers on 127.0.0.1:9090 (connection refused)"), probe.run(http, "port", "9090"));
    }

    @Test
    void byContainerPort() {
        assertEquals(Observation.pass("got 200 from 127.0.0.1:8080/"), probe.run(http, "container", "web"));
        assertEquals(Observation.fail("port 443/tcp of \"web\" is not published (ports: 0.0.0.0:8080->80/tcp, 443/tcp)"),
                probe.run(http, "container", "web", "container_port", "443"));
        assertEquals(Observation.fail("no container named \"api\" exists"), probe.run(http, "container", "api"));
    }

    @Test
    void status() {
        assertEquals(Observation.fail("got 404 from 127.0.0.1:8080/missing, not 200"), probe.run(http, "port", "8080", "path", "/missing"));
        assertEquals(Observation.pass("got 404 from 127.0.0.1:8080/missing"), probe.run(http, "port", "8080", "path", "missing", "status", "404"));
    }

    @Test
    void bodyContains() {
        assertEquals(Observation.pass("got 200 with \"Welcome to nginx!\""), probe.run(http, "port", "8080", "body_contains", "Welcome to nginx"));
        assertEquals(Observation.fail("got 200, but the page does not contain \"Hello from layerlab\""),
                probe.run(http, "port", "8080", "body_contains", "Hello from layerlab"));
    }

    @Test
    void asksThePublishedHostOfARemoteDaemon() {
        probe.docker.setEndpoint(new Endpoint("tcp://10.0.0.5:2375", "DOCKER_HOST", "default", List.of("DOCKER_HOST")));
        probe.run(http, "port", "8080");
        assertEquals(List.of("http://10.0.0.5:8080/"), probe.requested);
    }

    @Test
    void needsPortOrContainer() {
        assertThrows(IllegalArgumentException.class, () -> probe.run(http));
    }

    @Test
    void snippetIsTheReadableLine() {
        assertEquals("Welcome to nginx!", HttpPrimitive.snippet(PAGE, "Welcome"));
        assertEquals("<h1>", HttpPrimitive.snippet(PAGE, "<h1>"));
    }
}
