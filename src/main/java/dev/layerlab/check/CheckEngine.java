package dev.layerlab.check;

import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.DockerTimeoutException;
import dev.layerlab.docker.ImageInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a step's checks against the daemon, and saves the values that a step captures for
 * later ones. Stateless between calls; safe to share.
 */
public final class CheckEngine {

    private final CheckRegistry registry;
    private final DockerGateway docker;
    private final HttpGetter http;

    public CheckEngine(CheckRegistry registry, DockerGateway docker, HttpGetter http) {
        this.registry = registry;
        this.docker = docker;
        this.http = http;
    }

    /**
     * Evaluates a step's checks, in order. Capture references {@code ${name}} in arguments are
     * replaced first. A missing capture, an unknown check or a bad argument gives an
     * {@link CheckResult.Status#ERROR} result with a one-line message; so does a daemon error
     * about one object.
     *
     * @throws DaemonUnreachableException when the daemon is gone (the session pauses its checks)
     * @throws DockerTimeoutException when the daemon does not answer in time
     */
    public List<CheckResult> run(List<CheckCall> calls, Map<String, String> captures) {
        Probe probe = new RoundProbe(new RoundCache(docker), http);
        List<CheckResult> results = new ArrayList<>(calls.size());
        for (CheckCall call : calls) {
            results.add(evaluate(call, captures, probe));
        }
        return results;
    }

    private CheckResult evaluate(CheckCall call, Map<String, String> captures, Probe probe) {
        Optional<CheckDefinition> found = registry.find(call.name());
        if (found.isEmpty()) {
            return error(call.name(), "unknown check \"" + call.name() + "\"");
        }
        CheckDefinition definition = found.get();
        Map<String, String> values = new LinkedHashMap<>();
        definition.params().stream().filter(p -> p.defaultValue() != null).forEach(p -> values.put(p.name(), p.defaultValue()));
        try {
            call.args().forEach((key, value) -> values.put(key, Template.fillCaptures(value, captures)));
        } catch (Template.MissingCaptureException e) {
            values.putAll(call.args());
            return error(Template.fillForReading(definition.title(), values), e.getMessage());
        }
        String title = Template.fillForReading(definition.title(), values);
        String hint = Template.fillForReading(definition.hint(), values);
        Optional<Primitive> primitive = registry.primitives().find(definition.primitive());
        if (primitive.isEmpty()) {
            return error(title, "check \"" + definition.name() + "\" uses an unknown primitive \"" + definition.primitive() + "\"");
        }
        Map<String, String> args = primitiveArgs(primitive.get(), definition, values);
        List<String> problems = ParamChecks.problems("check \"" + definition.name() + "\"", primitive.get().params(), args);
        if (!problems.isEmpty()) {
            return new CheckResult(title, CheckResult.Status.ERROR, problems.get(0), hint);
        }
        Observation observation;
        try {
            observation = primitive.get().evaluate(new Arguments(args), probe);
        } catch (DaemonUnreachableException | DockerTimeoutException e) {
            throw e;
        } catch (DockerException | IllegalArgumentException e) {
            return new CheckResult(title, CheckResult.Status.ERROR, e.getMessage(), hint);
        }
        if (observation.passed()) {
            return new CheckResult(title, CheckResult.Status.PASSED, observation.observed(), hint);
        }
        String observed = observation.observed();
        if (definition.failure() != null && !definition.failure().isBlank()) {
            Map<String, String> withObserved = new LinkedHashMap<>(values);
            withObserved.put("observed", observation.observed());
            observed = Template.fillForReading(definition.failure(), withObserved);
        }
        return new CheckResult(title, CheckResult.Status.FAILED, observed, hint);
    }

    /**
     * The primitive's defaults, overridden by the definition's filled {@code with} templates. A
     * template that is exactly {@code {param}} for a parameter with no value is left out, so that
     * the primitive's own default (or absence) applies.
     */
    private static Map<String, String> primitiveArgs(Primitive primitive, CheckDefinition definition, Map<String, String> values) {
        Map<String, String> args = new LinkedHashMap<>();
        primitive.params().stream().filter(p -> p.defaultValue() != null).forEach(p -> args.put(p.name(), p.defaultValue()));
        definition.with().forEach((key, template) -> {
            Optional<String> sole = Template.soleParam(template);
            if (sole.isPresent() && !values.containsKey(sole.get())) {
                return;
            }
            args.put(key, Template.fill(template, values));
        });
        return args;
    }

    private static CheckResult error(String title, String message) {
        return new CheckResult(title, CheckResult.Status.ERROR, message, "");
    }

    /**
     * Resolves capture expressions to values, e.g. {@code {first_id=container.scratchpad.id}} to
     * {@code {first_id=<the full ID>}}.
     *
     * @throws IllegalArgumentException when an expression does not follow the grammar
     * @throws IllegalStateException when the object it names does not exist, with a message a learner reads
     * @throws DockerException when the daemon cannot be asked
     */
    public Map<String, String> capture(Map<String, String> expressions) {
        Map<String, String> values = new LinkedHashMap<>();
        expressions.forEach((name, text) -> {
            CaptureExpression expression = CaptureExpression.parse(text).orElseThrow(() -> new IllegalArgumentException(
                    "cannot save \"" + name + "\": \"" + text + "\" is not container.<name>.id, container.<name>.image_id or image.<ref>.id"));
            values.put(name, resolve(name, expression));
        });
        return values;
    }

    private String resolve(String name, CaptureExpression expression) {
        if (expression.kind().equals("container")) {
            ContainerInfo container = docker.container(expression.target()).orElseThrow(() -> new IllegalStateException(
                    "cannot save \"" + name + "\": no container named \"" + expression.target() + "\" exists"));
            return expression.property().equals("image_id") ? container.imageId() : container.id();
        }
        ImageInfo image = docker.image(expression.target()).orElseThrow(() -> new IllegalStateException(
                "cannot save \"" + name + "\": no image \"" + expression.target() + "\" is present locally"));
        return image.id();
    }

    /** The probe of one round: cached daemon reads, and HTTP. */
    private record RoundProbe(DockerGateway docker, HttpGetter http) implements Probe {

        @Override
        public HttpReply get(String url) {
            return http.get(url);
        }
    }
}
