package dev.layerlab.lesson;

import java.util.List;

/**
 * A question in a step. With {@code answer} it is multiple choice; without, it is a prediction
 * that the following step puts beside what really happened.
 *
 * @param question the question, Markdown
 * @param choices the possible answers, in order
 * @param answer the 0-based index of the right choice, or -1 for a prediction
 * @param explanation shown once answered, may be empty
 */
public record Quiz(String question, List<String> choices, int answer, String explanation) {

    public Quiz {
        choices = List.copyOf(choices);
    }

    public boolean isPrediction() {
        return answer < 0;
    }
}
