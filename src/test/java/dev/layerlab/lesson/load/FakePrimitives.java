package dev.layerlab.lesson.load;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.ParamType;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Primitives;
import dev.layerlab.check.Probe;
import java.util.List;

/** Primitives with real-looking parameters that are never evaluated: the loader only reads their specs. */
final class FakePrimitives {

    private FakePrimitives() {
    }

    static Primitives all() {
        return new Primitives(List.of(
                new Fake("image", List.of(ParamSpec.required("ref", ParamType.STRING, "image reference"),
                        ParamSpec.optional("present", ParamType.BOOL, "true", "whether it must be there"))),
                new Fake("container", List.of(ParamSpec.required("name", ParamType.STRING, "container name"),
                        ParamSpec.optional("state", ParamType.STRING, null, "required state"),
                        ParamSpec.optional("port", ParamType.INT, null, "a published port"),
                        ParamSpec.optional("id_not", ParamType.STRING, null, "an ID it must not have"))),
                new Fake("container-count", List.of(ParamSpec.required("image", ParamType.STRING, "image reference"),
                        ParamSpec.required("count", ParamType.INT, "how many")))));
    }

    private record Fake(String name, List<ParamSpec> params) implements Primitive {

        @Override
        public String description() {
            return "fake " + name;
        }

        @Override
        public Observation evaluate(Arguments args, Probe probe) {
            throw new UnsupportedOperationException("the loader tests never evaluate");
        }
    }
}
