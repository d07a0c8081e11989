package dev.layerlab.check.primitive;

import dev.layerlab.check.Arguments;
import dev.layerlab.check.Observation;
import dev.layerlab.check.ParamSpec;
import dev.layerlab.check.Primitive;
import dev.layerlab.check.Probe;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.FakeDockerGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A probe on the fake gateway, with canned HTTP replies; unknown URLs are refused. */
final class FakeProbe implements Probe {

    final FakeDockerGateway docker = new FakeDockerGateway();
    final Map<String, HttpReply> replies = new HashMap<>();
    final List<String> requested = new ArrayList<>();

    @Override
    public DockerGateway docker() {
        return docker;
    }

    @Override
    public HttpReply get(String url) {
        requested.add(url);
        return replies.getOrDefault(url, new HttpReply(0, "", "connection refused"));
    }

    FakeProbe reply(String url, int status, String body) {
        replies.put(url, new HttpReply(status, body, ""));
        return this;
    }

    /** Evaluates as the engine does: the primitive's defaults, then {@code key, value, key, value...}. */
    Observation run(Primitive primitive, String... keyValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (ParamSpec spec : primitive.params()) {
            if (spec.defaultValue() != null) {
                args.put(spec.name(), spec.defaultValue());
            }
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put(keyValues[i], keyValues[i + 1]);
        }
        return primitive.evaluate(new Arguments(args), this);
    }
}
