package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layerlab.check.Observation;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolumePrimitiveTest {

    private final FakeProbe probe = new FakeProbe();
    private final VolumePrimitive volume = new VolumePrimitive();

    @BeforeEach
    void setUp() {
        probe.docker.addVolume("pgdata");
        probe.docker.addContainer(FakeDockerGateway.newContainer("db", "postgres", ContainerState.RUNNING).volume("pgdata", "/var/lib/postgresql/data"));
        probe.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).bind("/srv/site", "/usr/share/nginx/html"));
    }

    @Test
    void exists() {
        assertEquals(Observation.pass("found it"), probe.run(volume, "name", "pgdata"));
        assertEquals(Observation.fail("no volume named \"data\" exists"), probe.run(volume, "name", "data"));
        assertEquals(Observation.pass("no volume named \"data\" exists"), probe.run(volume, "name", "data", "exists", "false"));
        assertEquals(Observation.fail("it still exists"), probe.run(volume, "name", "pgdata", "exists", "false"));
    }

    @Test
    void mountedBy() {
        assertEquals(Observation.pass("found it; \"db\" mounts it at /var/lib/postgresql/data"), probe.run(volume, "name", "pgdata", "mounted_by", "db"));
        assertEquals(Observation.fail("found it, but \"web\" does not mount it (mounts: /srv/site:/usr/share/nginx/html)"),
                probe.run(volume, "name", "pgdata", "mounted_by", "web"));
        assertEquals(Observation.fail("found it, but no container named \"db2\" exists"), probe.run(volume, "name", "pgdata", "mounted_by", "db2"));
    }
}
