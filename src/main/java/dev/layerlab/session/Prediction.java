package dev.layerlab.session;

/**
 * A prediction the learner made in the previous step, shown beside what really happened.
 *
 * @param question the quiz question
 * @param chosen the choice the learner picked
 */
public record Prediction(String question, String chosen) {
}
