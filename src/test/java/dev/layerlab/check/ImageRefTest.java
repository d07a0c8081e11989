package dev.layerlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ImageRefTest {

    @ParameterizedTest
    @CsvSource({
        "nginx, docker.io/library/nginx:latest, nginx:latest",
        "nginx:alpine, docker.io/library/nginx:alpine, nginx:alpine",
        "docker.io/library/nginx:latest, docker.io/library/nginx:latest, nginx:latest",
        "index.docker.io/library/nginx, docker.io/library/nginx:latest, nginx:latest",
        "bitnami/redis:7, docker.io/bitnami/redis:7, bitnami/redis:7",
        "localhost:5000/app:v1, localhost:5000/app:v1, localhost:5000/app:v1",
        "localhost/app, localhost/app:latest, localhost/app:latest",
        "ghcr.io/team/tool, ghcr.io/team/tool:latest, ghcr.io/team/tool:latest",
        "registry:5000/app, registry:5000/app:latest, registry:5000/app:latest",
    })
    void normalises(String given, String normalised, String familiar) {
        ImageRef ref = ImageRef.parse(given);
        assertEquals(normalised, ref.normalised());
        assertEquals(familiar, ref.familiar());
    }

    @Test
    void digests() {
        String digest = "sha256:" + "a".repeat(64);
        ImageRef ref = ImageRef.parse("nginx@" + digest);
        assertEquals("docker.io/library/nginx@" + digest, ref.normalised());
        assertEquals(null, ref.tag());
        assertEquals(digest, ref.digest());
        assertEquals("docker.io/library/nginx:1.25@" + digest, ImageRef.parse("nginx:1.25@" + digest).normalised());
    }

    @Test
    void sameAs() {
        assertTrue(ImageRef.parse("nginx").sameAs("nginx:latest"));
        assertTrue(ImageRef.parse("nginx").sameAs("docker.io/library/nginx:latest"));
        assertFalse(ImageRef.parse("nginx").sameAs("nginx:alpine"));
        assertFalse(ImageRef.parse("nginx").sameAs("localhost:5000/nginx"));
        assertFalse(ImageRef.parse("nginx").sameAs(""));
    }

    @Test
    void ids() {
        assertTrue(ImageRef.looksLikeId("1a2b3c4d5e6f"));
        assertTrue(ImageRef.looksLikeId("sha256:" + "0".repeat(64)));
        assertFalse(ImageRef.looksLikeId("nginx"));
        assertFalse(ImageRef.looksLikeId("abc"));
    }

    @Test
    void blankIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ImageRef.parse(" "));
    }
}
