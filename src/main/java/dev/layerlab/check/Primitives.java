package dev.layerlab.check;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of check primitives, by name. */
public final class Primitives {

    private final Map<String, Primitive> byName = new LinkedHashMap<>();

    public Primitives(Collection<? extends Primitive> primitives) {
        primitives.forEach(p -> byName.put(p.name(), p));
    }

    public Optional<Primitive> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Primitive> all() {
        return List.copyOf(byName.values());
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
