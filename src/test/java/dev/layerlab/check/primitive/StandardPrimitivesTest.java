package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Primitives;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardPrimitivesTest {

    private final Primitives primitives = StandardPrimitives.create();

    @Test
    void listsEveryPrimitive() {
        assertEquals(Set.of("image", "container", "container-count", "file", "diff", "http", "volume", "registry-tag"),
                Set.copyOf(primitives.names()));
    }

    @Test
    void everyParameterIsDescribedAndEveryDefaultFitsItsType() {
        for (Primitive primitive : primitives.all()) {
            assertFalse(primitive.description().isBlank(), primitive.name());
            for (ParamSpec spec : primitive.params()) {
                assertFalse(spec.description().isBlank(), primitive.name() + "." + spec.name());
                if (spec.defaultValue() != null) {
                    assertNull(spec.rejects(spec.defaultValue()), primitive.name() + "." + spec.name());
                }
                if (spec.required()) {
                    assertNull(spec.defaultValue(), "a required parameter has no default: " + primitive.name() + "." + spec.name());
                }
            }
            List<String> names = primitive.params().stream().map(ParamSpec::name).toList();
            assertEquals(names.size(), Set.copyOf(names).size(), "duplicate parameter in " + primitive.name());
        }
    }
}
