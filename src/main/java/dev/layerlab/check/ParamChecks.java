package dev.layerlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Validation of arguments against parameter specs, shared by lesson lint and check-file lint. */
public final class ParamChecks {

    private ParamChecks() {
    }

    /**
     * One line per problem: an unknown parameter, a missing required one, a value of the wrong
     * type. Values that refer to a capture or a template ({@code ${x}}, {@code {x}}) are not
     * type-checked: they are only known at run time.
     */
    public static List<String> problems(String what, List<ParamSpec> specs, Map<String, String> args) {
        List<String> problems = new ArrayList<>();
        Set<String> known = specs.stream().map(ParamSpec::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (String key : args.keySet()) {
            if (!known.contains(key)) {
                problems.add(what + " has no parameter \"" + key + "\"" + Suggestions.didYouMean(key, known)
                        + (known.isEmpty() ? "" : " (it takes: " + String.join(", ", known) + ")"));
            }
        }
        for (ParamSpec spec : specs) {
            String value = args.get(spec.name());
            if (value == null) {
                if (spec.required()) {
                    problems.add(what + " needs parameter \"" + spec.name() + "\" (" + spec.description() + ")");
                }
            } else if (!value.contains("{")) {
                String rejected = spec.rejects(value);
                if (rejected != null) {
                    problems.add(what + ": " + rejected);
                }
            }
        }
        return problems;
    }
}
