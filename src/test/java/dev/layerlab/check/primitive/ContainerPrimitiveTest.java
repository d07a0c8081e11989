package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layerlab.check.Observation;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContainerPrimitiveTest {

    private final FakeProbe probe = new FakeProbe();
    private final ContainerPrimitive container = new ContainerPrimitive();
    private ContainerInfo web;
    private String running;

    @BeforeEach
    void setUp() {
        probe.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
        web = FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).publish(8080, 80).expose(443)
                .volume("webdata", "/data").label("tier", "front").build();
        probe.docker.addContainer(web);
        probe.docker.addContainer(FakeDockerGateway.newContainer("old", "alpine", ContainerState.EXITED).exited(137));
        running = "it is Running (ID " + web.shortId() + ")";
    }

    @Test
    void exists() {
        assertEquals(Observation.pass(running), probe.run(container, "name", "web"));
        assertEquals(Observation.fail("no container named \"db\" exists"), probe.run(container, "name", "db"));
        assertEquals(Observation.pass("no container named \"db\" exists"), probe.run(container, "name", "db", "exists", "false"));
        assertEquals(Observation.fail("it still exists (ID " + web.shortId() + ", Running)"), probe.run(container, "name", "web", "exists", "false"));
    }

    @Test
    void byId() {
        assertEquals(Observation.pass(running), probe.run(container, "id", web.shortId()));
        assertEquals(Observation.fail("no container with ID 0123456789ab exists"), probe.run(container, "id", "0123456789abcdef"));
    }

    @Test
    void idMustBe() {
        assertEquals(Observation.pass(running), probe.run(container, "name", "web", "id", web.id()));
        assertEquals(Observation.fail("found it, but its ID is " + web.shortId() + ", not 0123456789ab"),
                probe.run(container, "name", "web", "id", "0123456789ab"));
    }

    @Test
    void state() {
        assertEquals(Observation.pass(running), probe.run(container, "name", "web", "state", "running"));
        assertEquals(Observation.fail("found it, but it is Exited (137)"), probe.run(container, "name", "old", "state", "running"));
        assertThrows(IllegalArgumentException.class, () -> probe.run(container, "name", "web", "state", "sleeping"));
    }

    @Test
    void exitCode() {
        ContainerInfo old = probe.docker.container("old").orElseThrow();
        assertEquals(Observation.pass("it is Exited (137) (ID " + old.shortId() + ")"), probe.run(container, "name", "old", "exit_code", "137"));
        assertEquals(Observation.fail("found it, but it is Exited (137)"), probe.run(container, "name", "old", "exit_code", "0"));
        assertEquals(Observation.fail("found it, but it has not exited (it is Running)"), probe.run(container, "name", "web", "exit_code", "0"));
    }

    @Test
    void image() {
        for (String ref : new String[] {"nginx", "nginx:latest", "docker.io/library/nginx:latest"}) {
            assertEquals(Observation.pass(running + "; it was created from \"nginx\""), probe.run(container, "name", "web", "image", ref), ref);
        }
        assertEquals(Observation.fail("found it, but it was created from \"nginx\""), probe.run(container, "name", "web", "image", "nginx:alpine"));
    }

    @Test
    void imageByIdOrAnotherTagOfTheSameImage() {
        probe.docker.addImage(FakeDockerGateway.newImage("myweb:v1").id(web.imageId()));
        assertEquals(Observation.pass(running + "; it was created from \"nginx\""), probe.run(container, "name", "web", "image", "myweb:v1"));
        assertEquals(Observation.pass(running + "; it was created from \"nginx\""),
                probe.run(container, "name", "web", "image", web.imageId().substring(7, 19)));
    }

    @Test
    void idNot() {
        assertEquals(Observation.pass(running + "; it is a new container (ID " + web.shortId() + ", was 0123456789ab)"),
                probe.run(container, "name", "web", "id_not", "0123456789abcdef0123"));
        assertEquals(Observation.fail("found it, but it is still the same container (ID " + web.shortId() + ")"),
                probe.run(container, "name", "web", "id_not", web.id()));
    }

    @Test
    void published() {
        assertEquals(Observation.pass(running + "; it publishes 0.0.0.0:8080->80/tcp"), probe.run(container, "name", "web", "published", "8080:80"));
        assertEquals(Observation.pass(running + "; it publishes 0.0.0.0:8080->80/tcp"), probe.run(container, "name", "web", "published", "80"));
        assertEquals(Observation.fail("found it, but port 80/tcp is published on 8080, not on 9090 (ports: 0.0.0.0:8080->80/tcp, 443/tcp)"),
                probe.run(container, "name", "web", "published", "9090:80"));
        assertEquals(Observation.fail("found it, but port 443/tcp is not published (ports: 0.0.0.0:8080->80/tcp, 443/tcp)"),
                probe.run(container, "name", "web", "published", "443"));
        assertEquals(Observation.fail("found it, but port 80/tcp is not published (ports: none)"),
                probe.run(container, "name", "old", "published", "80"));
    }

    @Test
    void mount() {
        assertEquals(Observation.pass(running + "; it mounts webdata:/data"), probe.run(container, "name", "web", "mount", "/data"));
        assertEquals(Observation.pass(running + "; it mounts webdata:/data"), probe.run(container, "name", "web", "mount", "webdata:/data"));
        assertEquals(Observation.fail("found it, but at /data it mounts webdata:/data, not the volume \"pgdata\""),
                probe.run(container, "name", "web", "mount", "pgdata:/data"));
        assertEquals(Observation.fail("found it, but nothing is mounted at /var/lib/postgresql/data (mounts: webdata:/data)"),
                probe.run(container, "name", "web", "mount", "/var/lib/postgresql/data"));
    }

    @Test
    void label() {
        assertEquals(Observation.pass(running + "; it has label tier=front"), probe.run(container, "name", "web", "label", "tier=front"));
        assertEquals(Observation.fail("found it, but its label \"tier\" is \"front\", not \"back\""),
                probe.run(container, "name", "web", "label", "tier=back"));
    }

    @Test
    void needsNameOrId() {
        assertThrows(IllegalArgumentException.class, () -> probe.run(container));
    }
}
