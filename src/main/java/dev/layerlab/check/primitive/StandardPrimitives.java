package dev.layerlab.check.primitive;

import dev.layerlab.check.Primitives;
import java.util.List;

/** Every primitive layerlab ships, for {@code checks/*.yaml} to build on. */
public final class StandardPrimitives {

    private StandardPrimitives() {
    }

    public static Primitives create() {
        return new Primitives(List.of(
                new ImagePrimitive(),
                new ContainerPrimitive(),
                new ContainerCountPrimitive(),
                new FilePrimitive(),
                new DiffPrimitive(),
                new HttpPrimitive(),
                new VolumePrimitive(),
                new RegistryTagPrimitive()));
    }
}
