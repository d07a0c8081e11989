package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layerlab.check.Observation;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilePrimitiveTest {

    private final FakeProbe probe = new FakeProbe();
    private final FilePrimitive file = new FilePrimitive();

    @BeforeEach
    void setUp() {
        probe.docker.addContainer(FakeDockerGateway.newContainer("scratchpad", "nginx:alpine", ContainerState.EXITED));
        probe.docker.putFile("scratchpad", "/test.txt", "hello\n");
        probe.docker.putFile("scratchpad", "/empty.txt", "");
    }

    @Test
    void present() {
        assertEquals(Observation.pass("found it (6 bytes)"), probe.run(file, "container", "scratchpad", "path", "/test.txt"));
        assertEquals(Observation.fail("there is no /gone.txt in \"scratchpad\""), probe.run(file, "container", "scratchpad", "path", "/gone.txt"));
    }

    @Test
    void absent() {
        assertEquals(Observation.pass("there is no /gone.txt in \"scratchpad\""),
                probe.run(file, "container", "scratchpad", "path", "/gone.txt", "present", "false"));
        assertEquals(Observation.fail("/test.txt is still there (6 bytes)"),
                probe.run(file, "container", "scratchpad", "path", "/test.txt", "present", "false"));
    }

    @Test
    void contains() {
        assertEquals(Observation.pass("found it, and it contains \"hello\""),
                probe.run(file, "container", "scratchpad", "path", "/test.txt", "contains", "hello"));
        assertEquals(Observation.fail("found it, but it does not contain \"goodbye\" (it starts with \"hello\")"),
                probe.run(file, "container", "scratchpad", "path", "/test.txt", "contains", "goodbye"));
        assertEquals(Observation.fail("found it, but it does not contain \"x\" (it is empty)"),
                probe.run(file, "container", "scratchpad", "path", "/empty.txt", "contains", "x"));
    }

    @Test
    void aDirectoryIsPresent() {
        probe.docker.putFile("scratchpad", "/etc/nginx/nginx.conf", "events {}\n");
        assertEquals(Observation.pass("found it (a directory)"), probe.run(file, "container", "scratchpad", "path", "/etc/nginx"));
        assertEquals(Observation.fail("/etc/nginx is still there (a directory)"),
                probe.run(file, "container", "scratchpad", "path", "/etc/nginx", "present", "false"));
    }

    @Test
    void presenceOnlyStatsAndContentReads() {
        probe.run(file, "container", "scratchpad", "path", "/test.txt");
        probe.run(file, "container", "scratchpad", "path", "/gone.txt", "present", "false");
        assertEquals(2, probe.docker.calls("statFile"));
        assertEquals(0, probe.docker.calls("readFile"), "presence must not download the file");
        probe.run(file, "container", "scratchpad", "path", "/test.txt", "contains", "hello");
        assertEquals(1, probe.docker.calls("readFile"));
        assertEquals(2, probe.docker.calls("statFile"), "a content check needs no separate stat");
    }

    @Test
    void missingContainer() {
        assertEquals(Observation.fail("no container named \"other\" exists"), probe.run(file, "container", "other", "path", "/test.txt"));
        assertEquals(Observation.fail("no container named \"other\" exists"),
                probe.run(file, "container", "other", "path", "/test.txt", "present", "false"));
    }
}
