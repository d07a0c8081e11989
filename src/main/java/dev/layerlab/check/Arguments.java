package dev.layerlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The resolved arguments of one primitive call: every value is text, read through its type. */
public final class Arguments {

    private final Map<String, String> values;

    public Arguments(Map<String, String> values) {
        this.values = new LinkedHashMap<>(values);
    }

    public Optional<String> string(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public String require(String name) {
        return string(name).orElseThrow(() -> new IllegalArgumentException("missing parameter \"" + name + "\""));
    }

    public Optional<Integer> integer(String name) {
        return string(name).map(Integer::parseInt);
    }

    public Optional<Boolean> bool(String name) {
        return string(name).map(Boolean::parseBoolean);
    }

    public boolean bool(String name, boolean fallback) {
        return bool(name).orElse(fallback);
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
