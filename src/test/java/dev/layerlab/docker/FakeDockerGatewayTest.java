package dev.layerlab.docker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeDockerGatewayTest {

    private final FakeDockerGateway docker = new FakeDockerGateway();

    @Test
    void resolvesImagesLikeTheDaemon() {
        ImageInfo nginx = FakeDockerGateway.newImage("nginx:latest").tag("myapp:v1").build();
        docker.addImage(nginx);
        for (String ref : List.of("nginx", "nginx:latest", "docker.io/library/nginx:latest", "myapp:v1", nginx.shortId(), nginx.id())) {
            assertEquals(nginx, docker.image(ref).orElseThrow(), ref);
        }
        assertTrue(docker.image("nginx:alpine").isEmpty());
    }

    @Test
    void containersFromAnImageShareItsId() {
        ImageInfo nginx = FakeDockerGateway.newImage("nginx:latest").build();
        ContainerInfo web = FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).build();
        assertEquals(nginx.id(), web.imageId());
    }

    @Test
    void filesAndRemovals() {
        docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING));
        docker.putFile("web", "/a", "x");
        docker.putFile("web", "/etc/nginx/nginx.conf", "events {}");
        assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), docker.readFile("web", "/a").orElseThrow());
        assertEquals(Optional.of(new FileStat("a", 1, false)), docker.statFile("web", "/a"));
        assertEquals(Optional.of(new FileStat("nginx", 4096, true)), docker.statFile("web", "/etc/nginx"));
        assertEquals(Optional.empty(), docker.statFile("web", "/etc/ngin"));
        docker.removeContainer("web");
        docker.removeVolume("data");
        assertEquals(List.of("container web", "volume data"), docker.removals());
        assertThrows(NoSuchObjectException.class, () -> docker.readFile("web", "/a"));
        assertThrows(NoSuchObjectException.class, () -> docker.statFile("web", "/a"));
    }

    @Test
    void untaggingKeepsTheOtherTags() {
        docker.addImage(FakeDockerGateway.newImage("nginx:latest").tag("myapp:v1"));
        docker.removeImage("myapp:v1");
        assertEquals(List.of("nginx:latest"), docker.image("nginx").orElseThrow().repoTags());
        docker.removeImage("nginx");
        assertTrue(docker.images().isEmpty());
    }

    @Test
    void unreachableThrowsOnEveryCall() {
        docker.setUnreachable(true);
        assertThrows(DaemonUnreachableException.class, docker::containers);
        assertThrows(DaemonUnreachableException.class, () -> docker.image("nginx"));
        assertThrows(DaemonUnreachableException.class, docker::info);
        docker.setUnreachable(false);
        assertEquals(List.of(), docker.containers());
    }

    @Test
    void firesToSubscribersUntilClosed() {
        List<String> heard = new ArrayList<>();
        EventSubscription subscription = docker.subscribe(new DaemonListener() {
            @Override
            public void onEvent(DaemonEvent event) {
                heard.add(event.type() + " " + event.action());
            }

            @Override
            public void onConnection(boolean reachable, String message) {
                heard.add(reachable + " " + message);
            }
        });
        docker.fireEvent(new DaemonEvent("container", "start", "abc", Map.of("name", "web")));
        docker.fireConnection(false, "lost");
        subscription.close();
        docker.fireEvent(new DaemonEvent("container", "die", "abc", Map.of()));
        assertEquals(List.of("container start", "false lost"), heard);
    }
}
