package dev.layerlab.check;

/**
 * What a primitive saw.
 *
 * @param passed whether the state is as required
 * @param observed what was seen, in words a learner reads after the check's title, e.g.
 *     {@code found it, but it is Exited (137)}; also said when passed (e.g. {@code it is Running})
 */
public record Observation(boolean passed, String observed) {

    public static Observation pass(String observed) {
        return new Observation(true, observed);
    }

    public static Observation fail(String observed) {
        return new Observation(false, observed);
    }
}
