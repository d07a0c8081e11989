package dev.layerlab.check;

import java.util.List;

/**
 * A check primitive: reads daemon state (never runs a host command) and says whether it is as
 * the arguments require, and what it saw. One small class per primitive; all of them are listed
 * by {@link Primitives}.
 */
public interface Primitive {

    /** The name used in {@code checks/*.yaml}, e.g. {@code container}. */
    String name();

    /** One sentence for authors. */
    String description();

    /** Every parameter, with its type and default. */
    List<ParamSpec> params();

    /**
     * Evaluates against the daemon. Arguments are already validated against {@link #params()} and
     * defaults applied.
     *
     * @throws dev.layerlab.docker.DockerException when the daemon cannot be asked
     */
    Observation evaluate(Arguments args, Probe probe);
}
