package dev.layerlab.docker.javaclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import dev.layerlab.docker.Change;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.DaemonEvent;
import dev.layerlab.docker.DaemonInfo;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.EventSubscription;
import dev.layerlab.docker.FileStat;
import dev.layerlab.docker.HistoryEntry;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.MountInfo;
import dev.layerlab.docker.NoSuchObjectException;
import dev.layerlab.docker.PortBinding;
import dev.layerlab.testing.DockerAvailable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway against the real daemon. Every object it creates is named {@code lltest-gw-...}. */
class JavaDockerGatewayIT {

    private static final String EXITED = "lltest-gw-exited";
    private static final String RUNNING = "lltest-gw-running";

    @TempDir
    static Path work;

    private static JavaDockerGateway gateway;
    private static ClientHolder raw;

    @BeforeAll
    static void createFixtures() throws Exception {
        DockerAvailable.require();
        gateway = JavaDockerGateway.forEndpoint(DaemonDiscovery.standard().discover(Map.of(
                "DOCKER_HOST", "unix://" + DockerAvailable.socket()), work));
        raw = new ClientHolder(gateway.endpoint().uri(), Duration.ofSeconds(3));
        DockerClient docker = raw.get();
        GatewayFixtures.removeAll(docker);
        Path context = Files.createDirectories(work.resolve("context"));
        GatewayFixtures.buildImages(docker, context);
        docker.createVolumeCmd().withName("lltest-gw-vol").exec();

        String exited = docker.createContainerCmd(GatewayFixtures.APP).withName(EXITED)
                .withCmd("echo changed > /data/greeting.txt && touch /newfile && rm /data/gone.txt && exit 3")
                .withHostConfig(HostConfig.newHostConfig().withBinds(Bind.parse("lltest-gw-vol:/vol"))).exec().getId();
        docker.startContainerCmd(exited).exec();
        assertEquals(3, docker.waitContainerCmd(exited).start().awaitStatusCode(20, TimeUnit.SECONDS));

        Path hostDir = Files.createDirectories(work.resolve("host"));
        String running = docker.createContainerCmd(GatewayFixtures.APP).withName(RUNNING).withCmd("sleep 300")
                .withExposedPorts(ExposedPort.tcp(8080), ExposedPort.tcp(9090))
                .withHostConfig(HostConfig.newHostConfig()
                        .withPortBindings(com.github.dockerjava.api.model.PortBinding.parse("127.0.0.1::8080"))
                        .withBinds(new Bind(hostDir.toString(), new com.github.dockerjava.api.model.Volume("/host"))))
                .exec().getId();
        docker.startContainerCmd(running).exec();
    }

    @AfterAll
    static void removeFixtures() {
        if (raw != null) {
            GatewayFixtures.removeAll(raw.get());
            raw.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void infoDescribesTheDaemon() {
        DaemonInfo info = gateway.info();

        assertFalse(info.version().isBlank());
        assertTrue(info.apiVersion().matches("1\\.\\d+"), info.apiVersion());
        assertEquals("linux", info.os());
        assertFalse(info.arch().isBlank());
    }

    @Test
    void imageInspectGivesLayersPortsCommandLabelsAndWorkdir() {
        ImageInfo image = gateway.image(GatewayFixtures.APP).orElseThrow();

        assertTrue(image.id().startsWith("sha256:"), image.id());
        assertEquals(List.of(GatewayFixtures.APP), image.repoTags());
        assertEquals(2, image.layers().size(), image.layers().toString());
        assertEquals(List.of("8080/tcp"), image.exposedPorts());
        assertEquals(List.of("echo hi"), image.cmd());
        assertEquals(List.of("/bin/sh", "-c"), image.entrypoint());
        assertEquals("gateway", image.labels().get("dev.layerlab.test"));
        assertEquals("/data", image.workingDir());
        assertTrue(image.size() > 1_000_000, "size " + image.size());
        assertEquals(Optional.empty(), gateway.image("lltest-gw-no-such-image"));
    }

    @Test
    void imagesListsTheBuiltImage() {
        ImageInfo listed = gateway.images().stream().filter(i -> i.repoTags().contains(GatewayFixtures.APP)).findFirst().orElseThrow();

        assertEquals(gateway.image(GatewayFixtures.APP).orElseThrow().id(), listed.id());
        assertEquals("gateway", listed.labels().get("dev.layerlab.test"));
    }

    @Test
    void historyIsNewestFirst() {
        List<HistoryEntry> history = gateway.history(GatewayFixtures.APP);

        assertTrue(history.size() >= 6, history.toString());
        assertTrue(history.get(0).createdBy().contains("CMD"), history.get(0).createdBy());
        assertTrue(history.stream().anyMatch(h -> h.createdBy().contains("mkdir -p /data") && h.size() > 0), history.toString());
        assertEquals(List.of(), gateway.history("lltest-gw-no-such-image"));
    }

    @Test
    void containerListHasExitCodePortsAndMounts() {
        List<ContainerInfo> all = gateway.containers();
        ContainerInfo exited = all.stream().filter(c -> c.name().equals(EXITED)).findFirst().orElseThrow();
        ContainerInfo running = all.stream().filter(c -> c.name().equals(RUNNING)).findFirst().orElseThrow();

        assertEquals(ContainerState.EXITED, exited.state());
        assertEquals(3, exited.exitCode());
        assertEquals("Exited (3)", exited.stateDisplay());
        assertEquals(GatewayFixtures.APP, exited.image());
        assertEquals(List.of(new MountInfo("volume", "lltest-gw-vol", exited.mounts().get(0).source(), "/vol")), exited.mounts());

        assertEquals(ContainerState.RUNNING, running.state());
        assertNull(running.exitCode());
        assertPorts(running);
        assertTrue(running.mounts().stream().anyMatch(m -> m.type().equals("bind") && m.destination().equals("/host")), running.mounts().toString());
    }

    @Test
    void containerInspectMatchesTheList() {
        ContainerInfo exited = gateway.container(EXITED).orElseThrow();
        ContainerInfo running = gateway.container(RUNNING).orElseThrow();

        assertEquals(EXITED, exited.name());
        assertEquals(3, exited.exitCode());
        assertEquals(GatewayFixtures.APP, exited.image());
        assertTrue(exited.imageId().startsWith("sha256:"));
        assertEquals("lltest-gw-vol", exited.mounts().get(0).name());
        assertEquals(ContainerState.RUNNING, running.state());
        assertPorts(running);
        assertEquals(running.id(), gateway.container(running.shortId()).orElseThrow().id());
        assertEquals(Optional.empty(), gateway.container("lltest-gw-no-such-container"));
    }

    private static void assertPorts(ContainerInfo running) {
        PortBinding published = running.ports().stream().filter(p -> p.containerPort() == 8080).findFirst().orElseThrow();
        assertEquals("127.0.0.1", published.hostIp());
        assertNotNull(published.hostPort(), running.ports().toString());
        PortBinding exposed = running.ports().stream().filter(p -> p.containerPort() == 9090).findFirst().orElseThrow();
        assertNull(exposed.hostPort());
        assertEquals("9090/tcp", exposed.display());
    }

    @Test
    void readFileWorksOnAStoppedContainer() {
        assertArrayEquals("changed\n".getBytes(StandardCharsets.UTF_8), gateway.readFile(EXITED, "/data/greeting.txt").orElseThrow());
        assertArrayEquals("changed\n".getBytes(StandardCharsets.UTF_8), gateway.readFile(EXITED, "/data/link").orElseThrow());
        assertArrayEquals(new byte[0], gateway.readFile(EXITED, "/data").orElseThrow());
        assertEquals(Optional.empty(), gateway.readFile(EXITED, "/data/gone.txt"));
        assertEquals(Optional.empty(), gateway.readFile(EXITED, "/no/such/file"));
        assertThrows(NoSuchObjectException.class, () -> gateway.readFile("lltest-gw-no-such-container", "/etc/hostname"));
    }

    @Test
    void statFileWorksOnAStoppedContainer() {
        assertEquals(Optional.of(new FileStat("greeting.txt", 8, false)), gateway.statFile(EXITED, "/data/greeting.txt"));
        assertEquals(Optional.of(new FileStat("greeting.txt", 8, false)), gateway.statFile(EXITED, "/data/link"), "links are followed");
        FileStat data = gateway.statFile(EXITED, "/data").orElseThrow();
        assertEquals("data", data.name());
        assertTrue(data.directory());
        assertEquals(Optional.empty(), gateway.statFile(EXITED, "/data/gone.txt"));
        assertEquals(Optional.empty(), gateway.statFile(EXITED, "/no/such/file"));
        assertThrows(NoSuchObjectException.class, () -> gateway.statFile("lltest-gw-no-such-container", "/etc/hostname"));
    }

    @Test
    void statFileWorksOnARunningContainer() throws Exception {
        exec(RUNNING, "ln", "-s", "/nowhere", "/tmp/dangling");
        exec(RUNNING, "touch", "/tmp/a b+c.txt");
        assertEquals(Optional.of(new FileStat("gone.txt", 4, false)), gateway.statFile(RUNNING, "/data/gone.txt"));
        assertTrue(gateway.statFile(RUNNING, "/host").orElseThrow().directory(), "a bind-mounted directory");
        assertEquals(Optional.of(new FileStat("a b+c.txt", 0, false)), gateway.statFile(RUNNING, "/tmp/a b+c.txt"));
        assertEquals(Optional.empty(), gateway.statFile(RUNNING, "/tmp/dangling"), "a link to nothing is as absent as for readFile");
        assertEquals(Optional.empty(), gateway.readFile(RUNNING, "/tmp/dangling"));
        assertEquals(Optional.empty(), gateway.statFile(RUNNING, "/no/such/file"));
    }

    private static void exec(String container, String... command) throws InterruptedException {
        DockerClient docker = raw.get();
        String id = docker.execCreateCmd(container).withCmd(command).exec().getId();
        docker.execStartCmd(id).start().awaitCompletion(20, TimeUnit.SECONDS);
        assertEquals(0L, docker.inspectExecCmd(id).exec().getExitCodeLong(), String.join(" ", command));
    }

    @Test
    void diffShowsAddedChangedAndDeleted() {
        List<Change> changes = gateway.diff(EXITED);

        assertTrue(changes.contains(new Change(Change.Kind.ADDED, "/newfile")), changes.toString());
        assertTrue(changes.contains(new Change(Change.Kind.CHANGED, "/data")), changes.toString());
        assertTrue(changes.contains(new Change(Change.Kind.CHANGED, "/data/greeting.txt")), changes.toString());
        assertTrue(changes.contains(new Change(Change.Kind.DELETED, "/data/gone.txt")), changes.toString());
        assertThrows(NoSuchObjectException.class, () -> gateway.diff("lltest-gw-no-such-container"));
    }

    @Test
    void volumesAndNetworksAreListedAndRemovable() {
        DockerClient docker = raw.get();
        docker.createVolumeCmd().withName("lltest-gw-rmvol").withLabels(Map.of("dev.layerlab.test", "gateway")).exec();
        docker.createNetworkCmd().withName("lltest-gw-net").exec();

        assertTrue(gateway.volumes().stream().anyMatch(v -> v.name().equals("lltest-gw-rmvol")
                && v.driver().equals("local") && "gateway".equals(v.labels().get("dev.layerlab.test"))));
        assertTrue(gateway.networks().stream().anyMatch(n -> n.name().equals("lltest-gw-net")));
        assertTrue(gateway.networks().stream().anyMatch(n -> n.name().equals("bridge")));

        gateway.removeVolume("lltest-gw-rmvol");
        gateway.removeVolume("lltest-gw-rmvol");
        gateway.removeNetwork("lltest-gw-net");
        gateway.removeNetwork("lltest-gw-net");

        assertTrue(gateway.volumes().stream().noneMatch(v -> v.name().equals("lltest-gw-rmvol")));
        assertTrue(gateway.networks().stream().noneMatch(n -> n.name().equals("lltest-gw-net")));
        DockerException inUse = assertThrows(DockerException.class, () -> gateway.removeVolume("lltest-gw-vol"));
        assertTrue(inUse.getMessage().startsWith("Cannot remove volume lltest-gw-vol: "), inUse.getMessage());
    }

    @Test
    void removingContainersAndImages() {
        DockerClient docker = raw.get();
        String id = docker.createContainerCmd(GatewayFixtures.APP).withName("lltest-gw-doomed").withCmd("sleep 300").exec().getId();
        docker.startContainerCmd(id).exec();
        docker.tagImageCmd(GatewayFixtures.APP, "lltest-gw-app", "extra").exec();

        gateway.removeContainer("lltest-gw-doomed");
        gateway.removeContainer("lltest-gw-doomed");
        assertEquals(Optional.empty(), gateway.container("lltest-gw-doomed"));

        gateway.removeImage("lltest-gw-app:extra");
        gateway.removeImage("lltest-gw-app:extra");
        assertEquals(List.of(GatewayFixtures.APP), gateway.image(GatewayFixtures.APP).orElseThrow().repoTags());

        DockerException inUse = assertThrows(DockerException.class, () -> gateway.removeImage(GatewayFixtures.APP));
        assertTrue(inUse.getMessage().startsWith("Cannot remove image " + GatewayFixtures.APP + ": "), inUse.getMessage());
        assertTrue(inUse.getMessage().contains("container"), inUse.getMessage());
        assertTrue(gateway.image(GatewayFixtures.APP).isPresent());
    }

    @Test
    void eventsArriveWithinMilliseconds() throws Exception {
        BlockingQueue<DaemonEvent> events = new LinkedBlockingQueue<>();
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        CountDownLatch up = new CountDownLatch(1);
        try (EventSubscription subscription = gateway.subscribe(new DaemonListener() {
            @Override
            public void onEvent(DaemonEvent event) {
                if ("lltest-gw-evt".equals(event.attributes().get("name"))) {
                    arrivals.add(System.nanoTime());
                    events.add(event);
                }
            }

            @Override
            public void onConnection(boolean reachable, String message) {
                if (reachable) {
                    up.countDown();
                }
            }
        })) {
            assertTrue(up.await(5, TimeUnit.SECONDS), "the event stream never connected");

            long before = System.nanoTime();
            String id = raw.get().createContainerCmd(GatewayFixtures.APP).withName("lltest-gw-evt").exec().getId();
            long after = System.nanoTime();
            DaemonEvent event = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(event, "no create event within 5 s");
            long arrived = arrivals.take();

            assertEquals("container", event.type());
            assertEquals("create", event.action());
            assertEquals(id, event.id());
            System.err.printf("event delay: %.1f ms after the create call returned (%.1f ms after it began)%n",
                    (arrived - after) / 1e6, (arrived - before) / 1e6);
            assertTrue((arrived - after) / 1_000_000 < 1000);
        } finally {
            gateway.removeContainer("lltest-gw-evt");
        }
    }
}
