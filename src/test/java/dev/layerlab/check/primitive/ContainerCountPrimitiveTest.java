package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layerlab.check.Observation;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContainerCountPrimitiveTest {

    private final FakeProbe probe = new FakeProbe();
    private final ContainerCountPrimitive count = new ContainerCountPrimitive();

    @BeforeEach
    void setUp() {
        probe.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
        probe.docker.addContainer(FakeDockerGateway.newContainer("web2", "nginx:latest", ContainerState.EXITED));
        probe.docker.addContainer(FakeDockerGateway.newContainer("web", "docker.io/library/nginx", ContainerState.RUNNING));
        probe.docker.addContainer(FakeDockerGateway.newContainer("db", "postgres", ContainerState.RUNNING));
    }

    @Test
    void noContainerFromAnImageYet() {
        assertEquals(Observation.pass("found none"), probe.run(count, "image", "alpine", "max", "0"));
        assertEquals(Observation.fail("found 2: \"web\", \"web2\""), probe.run(count, "image", "nginx", "max", "0"));
    }

    @Test
    void byState() {
        assertEquals(Observation.pass("found 2: \"db\", \"web\""), probe.run(count, "state", "running", "equals", "2"));
        assertEquals(Observation.fail("found 1: \"web2\""), probe.run(count, "state", "exited", "min", "2"));
    }

    @Test
    void byNamePrefixAndImage() {
        assertEquals(Observation.pass("found 2: \"web\", \"web2\""), probe.run(count, "name_prefix", "web", "min", "2"));
        assertEquals(Observation.fail("found 1: \"web\""), probe.run(count, "name_prefix", "web", "state", "running", "image", "nginx", "equals", "2"));
    }

    @Test
    void showsAtMostThreeNames() {
        probe.docker.addContainer(FakeDockerGateway.newContainer("extra", "nginx", ContainerState.CREATED));
        probe.docker.addContainer(FakeDockerGateway.newContainer("more", "nginx", ContainerState.CREATED));
        assertEquals(Observation.fail("found 5: \"db\", \"extra\", \"more\" and 2 more"), probe.run(count, "max", "4"));
    }

    @Test
    void needsABound() {
        assertThrows(IllegalArgumentException.class, () -> probe.run(count, "image", "nginx"));
    }
}
