package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layerlab.check.Observation;
import dev.layerlab.docker.Change;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiffPrimitiveTest {

    private final FakeProbe probe = new FakeProbe();
    private final DiffPrimitive diff = new DiffPrimitive();

    @BeforeEach
    void setUp() {
        probe.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING));
        probe.docker.setDiff("web", List.of(new Change(Change.Kind.CHANGED, "/etc"), new Change(Change.Kind.ADDED, "/test.txt"),
                new Change(Change.Kind.DELETED, "/etc/motd")));
    }

    @Test
    void lineForAPath() {
        assertEquals(Observation.pass("docker diff shows \"A /test.txt\""), probe.run(diff, "container", "web", "path", "/test.txt"));
        assertEquals(Observation.pass("docker diff shows \"C /etc\""), probe.run(diff, "container", "web", "path", "/etc/"));
        assertEquals(Observation.fail("docker diff has no line for /tmp/x"), probe.run(diff, "container", "web", "path", "/tmp/x"));
    }

    @Test
    void kind() {
        assertEquals(Observation.pass("docker diff shows \"D /etc/motd\""), probe.run(diff, "container", "web", "path", "/etc/motd", "kind", "D"));
        assertEquals(Observation.fail("docker diff shows \"A /test.txt\", not C"), probe.run(diff, "container", "web", "path", "/test.txt", "kind", "c"));
        assertThrows(IllegalArgumentException.class, () -> probe.run(diff, "container", "web", "path", "/etc", "kind", "X"));
    }

    @Test
    void absent() {
        assertEquals(Observation.pass("docker diff has no line for /tmp/x"),
                probe.run(diff, "container", "web", "path", "/tmp/x", "present", "false"));
        assertEquals(Observation.pass("docker diff has no D line for /test.txt"),
                probe.run(diff, "container", "web", "path", "/test.txt", "kind", "D", "present", "false"));
        assertEquals(Observation.fail("docker diff shows \"A /test.txt\""),
                probe.run(diff, "container", "web", "path", "/test.txt", "present", "false"));
    }

    @Test
    void missingContainer() {
        assertEquals(Observation.fail("no container named \"db\" exists"), probe.run(diff, "container", "db", "path", "/x"));
    }
}
