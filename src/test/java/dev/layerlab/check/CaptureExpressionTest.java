package dev.layerlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptureExpressionTest {

    @Test
    void parsesTheThreeForms() {
        assertEquals(Optional.of(new CaptureExpression("container", "scratchpad", "id")), CaptureExpression.parse("container.scratchpad.id"));
        assertEquals(Optional.of(new CaptureExpression("container", "web.1", "image_id")), CaptureExpression.parse("container.web.1.image_id"));
        assertEquals(Optional.of(new CaptureExpression("image", "localhost:5000/team/app:1.2", "id")),
                CaptureExpression.parse("image.localhost:5000/team/app:1.2.id"));
        assertEquals(Optional.of(new CaptureExpression("image", "nginx@sha256:abc", "id")), CaptureExpression.parse("image.nginx@sha256:abc.id"));
    }

    @Test
    void rejectsOthers() {
        for (String bad : new String[] {"container.id", "container..id", "volume.x.id", "image.nginx.image_id", "container.web.", ".web.id", "", "container.web.name"}) {
            assertEquals(Optional.empty(), CaptureExpression.parse(bad), bad);
        }
        assertEquals(Optional.empty(), CaptureExpression.parse(null));
    }

    @Test
    void printsAsWritten() {
        assertEquals("image.nginx:alpine.id", CaptureExpression.parse("image.nginx:alpine.id").orElseThrow().toString());
    }
}
