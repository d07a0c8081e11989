package dev.layerlab.docker.javaclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContainerMapperTest {

    @Test
    void exitCodeComesFromTheListStatus() {
        assertEquals(137, ContainerMapper.exitCode("Exited (137) 3 seconds ago"));
        assertEquals(0, ContainerMapper.exitCode("Exited (0) About a minute ago"));
        assertEquals(-1, ContainerMapper.exitCode("Exited (-1) 2 hours ago"));
    }

    @Test
    void statusWithoutExitCodeGivesNull() {
        assertNull(ContainerMapper.exitCode("Up 5 minutes"));
        assertNull(ContainerMapper.exitCode("Created"));
        assertNull(ContainerMapper.exitCode(null));
    }

    @Test
    void daemonMessageIsTakenFromTheJsonBody() {
        RuntimeException e = new RuntimeException("Status 409: {\"message\":\"conflict: unable to remove repository reference "
                + "\\\"x\\\" (must force)\"}\n");
        assertEquals("conflict: unable to remove repository reference \"x\" (must force)", Failures.daemonMessage(e));
    }

    @Test
    void relativeLinkTargetsResolveAgainstTheLinkDirectory() {
        assertEquals("/data/greeting.txt", ArchiveFiles.resolve("/data/link", "greeting.txt"));
        assertEquals("/bin/busybox", ArchiveFiles.resolve("/bin/sh", "/bin/busybox"));
        assertEquals("/busybox", ArchiveFiles.resolve("/sh", "busybox"));
    }
}
