package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layerlab.check.Observation;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.docker.HistoryEntry;
import dev.layerlab.docker.ImageInfo;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImagePrimitiveTest {

    private final FakeProbe probe = new FakeProbe();
    private final ImagePrimitive image = new ImagePrimitive();
    private ImageInfo nginx;
    private String seen;

    @BeforeEach
    void setUp() {
        nginx = FakeDockerGateway.newImage("nginx:latest").tag("myapp:v1").layers(3).expose("80/tcp")
                .cmd("nginx", "-g", "daemon off;").workdir("/usr/share/nginx/html").label("maintainer", "NGINX").build();
        probe.docker.addImage(nginx);
        probe.docker.setHistory("nginx", List.of(
                new HistoryEntry(nginx.id(), "/bin/sh -c #(nop)  CMD [\"nginx\" \"-g\" \"daemon off;\"]", 0),
                new HistoryEntry("<missing>", "/bin/sh -c #(nop) COPY file:abc in /usr/share/nginx/html/index.html", 615)));
        seen = "found nginx:latest (ID " + nginx.shortId() + ")";
    }

    @Test
    void presentByShortName() {
        assertEquals(Observation.pass(seen), probe.run(image, "ref", "nginx"));
        assertEquals(Observation.pass(seen), probe.run(image, "ref", "docker.io/library/nginx:latest"));
    }

    @Test
    void absentImage() {
        assertEquals(Observation.fail("no image \"alpine\" is present locally"), probe.run(image, "ref", "alpine"));
        assertEquals(Observation.pass("no image \"alpine\" is present locally"), probe.run(image, "ref", "alpine", "present", "false"));
        assertEquals(Observation.fail("it is still present: " + seen.substring(6)), probe.run(image, "ref", "nginx", "present", "false"));
    }

    @Test
    void namesTheTagItWasAskedAbout() {
        assertEquals(Observation.pass("found myapp:v1 (ID " + nginx.shortId() + ")"), probe.run(image, "ref", "myapp:v1"));
    }

    @Test
    void id() {
        assertEquals(Observation.pass(seen), probe.run(image, "ref", "nginx", "id", nginx.shortId()));
        assertEquals(Observation.pass(seen), probe.run(image, "ref", "nginx", "id", nginx.id()));
        assertEquals(Observation.fail("found it, but its ID is " + nginx.shortId() + ", not 0123456789ab"),
                probe.run(image, "ref", "nginx", "id", "0123456789abcdef"));
    }

    @Test
    void idNot() {
        assertEquals(Observation.pass(seen + "; it is a new image (was 0123456789ab)"), probe.run(image, "ref", "nginx", "id_not", "0123456789ab"));
        assertEquals(Observation.fail("found it, but it is still the same image (ID " + nginx.shortId() + ")"),
                probe.run(image, "ref", "nginx", "id_not", nginx.id()));
    }

    @Test
    void tag() {
        assertEquals(Observation.pass(seen + "; it is also tagged myapp:v1"), probe.run(image, "ref", "nginx", "tag", "myapp:v1"));
        assertEquals(Observation.fail("found it, but it is not tagged myapp:v2 (tags: nginx:latest, myapp:v1)"),
                probe.run(image, "ref", "nginx", "tag", "myapp:v2"));
    }

    @Test
    void layers() {
        assertEquals(Observation.pass(seen + "; it has 3 layers"), probe.run(image, "ref", "nginx", "layers", "3"));
        assertEquals(Observation.fail("found it, but it has 3 layers"), probe.run(image, "ref", "nginx", "layers", "2"));
        assertEquals(Observation.pass(seen + "; it has 3 layers"), probe.run(image, "ref", "nginx", "min_layers", "2"));
        assertEquals(Observation.fail("found it, but it has only 3 layers"), probe.run(image, "ref", "nginx", "min_layers", "4"));
    }

    @Test
    void oneLayerIsSingular() {
        probe.docker.addImage(FakeDockerGateway.newImage("alpine:3").layers(1));
        assertEquals(Observation.fail("found it, but it has 1 layer"), probe.run(image, "ref", "alpine:3", "layers", "2"));
    }

    @Test
    void history() {
        assertEquals(Observation.pass(seen + "; a layer was made by \"COPY file:abc in /usr/share/nginx/html/index.html\""),
                probe.run(image, "ref", "nginx", "history_contains", "COPY"));
        assertEquals(Observation.fail("found it, but no line of its docker history contains \"RUN apt-get\""),
                probe.run(image, "ref", "nginx", "history_contains", "RUN apt-get"));
    }

    @Test
    void exposes() {
        assertEquals(Observation.pass(seen + "; it exposes 80/tcp"), probe.run(image, "ref", "nginx", "exposes", "80"));
        assertEquals(Observation.pass(seen + "; it exposes 80/tcp"), probe.run(image, "ref", "nginx", "exposes", "80/tcp"));
        assertEquals(Observation.fail("found it, but it does not expose 443/tcp (exposes: 80/tcp)"),
                probe.run(image, "ref", "nginx", "exposes", "443"));
    }

    @Test
    void cmd() {
        assertEquals(Observation.pass(seen + "; its CMD is [\"nginx\", \"-g\", \"daemon off;\"]"),
                probe.run(image, "ref", "nginx", "cmd_contains", "daemon off"));
        assertEquals(Observation.fail("found it, but its CMD is [\"nginx\", \"-g\", \"daemon off;\"]"),
                probe.run(image, "ref", "nginx", "cmd_contains", "httpd"));
    }

    @Test
    void workdir() {
        assertEquals(Observation.pass(seen + "; its WORKDIR is /usr/share/nginx/html"),
                probe.run(image, "ref", "nginx", "workdir", "/usr/share/nginx/html"));
        assertEquals(Observation.fail("found it, but its WORKDIR is /usr/share/nginx/html"), probe.run(image, "ref", "nginx", "workdir", "/app"));
        probe.docker.addImage(FakeDockerGateway.newImage("busybox"));
        assertEquals(Observation.fail("found it, but it has no WORKDIR"), probe.run(image, "ref", "busybox", "workdir", "/app"));
    }

    @Test
    void label() {
        assertEquals(Observation.pass(seen + "; it has label maintainer=NGINX"), probe.run(image, "ref", "nginx", "label", "maintainer=NGINX"));
        assertEquals(Observation.pass(seen + "; it has label maintainer=NGINX"), probe.run(image, "ref", "nginx", "label", "maintainer"));
        assertEquals(Observation.fail("found it, but its label \"maintainer\" is \"NGINX\", not \"me\""),
                probe.run(image, "ref", "nginx", "label", "maintainer=me"));
        assertEquals(Observation.fail("found it, but it has no label \"version\""), probe.run(image, "ref", "nginx", "label", "version=1"));
    }

    @Test
    void everyFailingFactIsSaid() {
        assertEquals(Observation.fail("found it, but it has 3 layers and it does not expose 443/tcp (exposes: 80/tcp)"),
                probe.run(image, "ref", "nginx", "layers", "1", "exposes", "443"));
    }

    @Test
    void refIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> probe.run(image));
    }
}
