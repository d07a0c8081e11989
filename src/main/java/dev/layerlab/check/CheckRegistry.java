package dev.layerlab.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The named checks lessons may use, and the primitives they are built on. */
public final class CheckRegistry {

    private final Primitives primitives;
    private final Map<String, CheckDefinition> definitions = new LinkedHashMap<>();

    public CheckRegistry(Primitives primitives, Collection<CheckDefinition> definitions) {
        this.primitives = primitives;
        definitions.forEach(d -> this.definitions.put(d.name(), d));
    }

    public Primitives primitives() {
        return primitives;
    }

    public Optional<CheckDefinition> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    public List<CheckDefinition> all() {
        return List.copyOf(definitions.values());
    }

    /** What is wrong with a lesson's use of a check: unknown name, missing or unknown parameters, bad types. */
    public List<String> problems(CheckCall call) {
        List<String> problems = new ArrayList<>();
        CheckDefinition definition = definitions.get(call.name());
        if (definition == null) {
            problems.add("unknown check \"" + call.name() + "\"" + Suggestions.didYouMean(call.name(), definitions.keySet()));
            return problems;
        }
        problems.addAll(ParamChecks.problems("check \"" + call.name() + "\"", definition.params(), call.args()));
        return problems;
    }
}
