package dev.layerlab.lesson.load;

import dev.layerlab.lesson.Quiz;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A step's {@code quiz:}. */
final class QuizReader {

    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 6;
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("question", "choices", "answer", "explanation"));

    /** The quiz, or null (with problems) when it cannot be used. */
    Quiz read(Node node, String stepWhat, FileProblems problems) {
        Optional<Fields> found = Fields.of(node, "the quiz of " + stepWhat, problems);
        if (found.isEmpty()) {
            return null;
        }
        Fields fields = found.get();
        int before = problems.count();
        fields.allowOnly(KEYS);
        String question = fields.requiredText("question");
        List<String> choices = fields.list("choices", "answers");
        Optional<Node> choicesNode = fields.value("choices");
        if (choicesNode.isEmpty()) {
            problems.at(fields.node(), fields.what() + " needs `choices`");
        } else if (choicesNode.get() instanceof SequenceNode
                && (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES)) {
            problems.at(choicesNode.get(), "a quiz has " + MIN_CHOICES + " to " + MAX_CHOICES + " `choices`, found " + choices.size());
        }
        int answer = fields.value("answer").map(v -> answer(v, choices.size(), problems)).orElse(-1);
        String explanation = fields.text("explanation", "");
        return problems.count() == before ? new Quiz(question, choices, answer, explanation) : null;
    }

    /** 0-based; -1 when absent, which makes the quiz a prediction. */
    private static int answer(Node value, int choiceCount, FileProblems problems) {
        if (Fields.isNull(value)) {
            return -1;
        }
        String text = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (text.matches("\\d{1,3}")) {
            int number = Integer.parseInt(text);
            // With unusable choices only the form of the answer can be checked; they are reported already.
            if (number >= 1 && (number <= choiceCount || choiceCount < MIN_CHOICES)) {
                return number - 1;
            }
        }
        problems.at(value, "`answer` must be the number of the right choice, 1 to " + Math.max(choiceCount, MIN_CHOICES) + ", found "
                + (text.isEmpty() ? Fields.describe(value) : text));
        return -1;
    }
}
