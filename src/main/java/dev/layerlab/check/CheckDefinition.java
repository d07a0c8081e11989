package dev.layerlab.check;

import java.util.List;
import java.util.Map;

/**
 * A named, parameterised check from {@code checks/*.yaml}: one primitive call whose arguments,
 * title, failure message and hint are templates over the check's own parameters
 * ({@code {name}}), and, in the failure message, {@code {observed}}.
 *
 * @param name e.g. {@code container-running}
 * @param description one sentence for authors
 * @param params the parameters a lesson passes
 * @param primitive the primitive it calls
 * @param with the primitive's arguments, as templates
 * @param title e.g. {@code container "{name}" is running}
 * @param failure e.g. {@code {observed}}
 * @param hint shown when it fails, may be empty
 * @param source {@code file:line} where it is defined
 */
public record CheckDefinition(String name, String description, List<ParamSpec> params, String primitive,
        Map<String, String> with, String title, String failure, String hint, String source) {

    public CheckDefinition {
        params = List.copyOf(params);
        with = Map.copyOf(with);
    }
}
