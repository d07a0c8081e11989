package dev.layerlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptureExpressionTest {

    @Test
    void parsesEachForm() {
        assertEquals(Optional.of(new CaptureExpression("container", "scratchpad", "id")),
                CaptureExpression.parse("container.scratchpad.id"));
        assertEquals(Optional.of(new CaptureExpression("container", "web.1", "image_id")),
                CaptureExpression.parse("container.web.1.image_id"));
        assertEquals(Optional.of(new CaptureExpression("image", "localhost:5000/app:1.0", "id")),
                CaptureExpression.parse("image.localhost:5000/app:1.0.id"));
        assertEquals("image.nginx:alpine.id", CaptureExpression.parse("image.nginx:alpine.id").orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "container", "container.web", "container..id", "container.web.name", "image.nginx.image_id",
        "volume.data.id", "image.-x.id", "container.web id.id"})
    void rejectsMalformedExpressions(String text) {
        assertEquals(Optional.empty(), CaptureExpression.parse(text));
    }
}
