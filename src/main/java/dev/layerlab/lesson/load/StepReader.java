package dev.layerlab.lesson.load;

import dev.layerlab.check.CaptureExpression;
import dev.layerlab.check.CheckCall;
import dev.layerlab.lesson.Quiz;
import dev.layerlab.lesson.Step;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** One item of a lesson's {@code steps:}. */
final class StepReader {

    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("id", "title", "explain", "task", "command",
            "checks", "capture", "hints", "solution", "quiz"));

    private final CheckCallReader checkCalls;
    private final QuizReader quizzes = new QuizReader();

    StepReader(CheckCallReader checkCalls) {
        this.checkCalls = checkCalls;
    }

    /**
     * The step, or null when it has problems (they are reported).
     *
     * @param number 1-based, to name the step when it has no readable id
     * @param stepIds ids of the earlier steps, with the line they are on; this step's is added
     * @param captured names captured by earlier steps; this step's are added
     */
    Step read(Node node, int number, Map<String, Integer> stepIds, Set<String> captured, FileProblems problems) {
        Optional<Fields> found = Fields.of(node, "step " + number, problems);
        if (found.isEmpty()) {
            return null;
        }
        int before = problems.count();
        Fields fields = found.get();
        String id = readId(fields, number, stepIds, problems);
        String what = id == null ? "step " + number : "step \"" + id + "\"";
        Fields step = fields.named(what);
        step.allowOnly(KEYS);
        Quiz quiz = step.value("quiz").filter(q -> !Fields.isNull(q)).map(q -> quizzes.read(q, what, problems)).orElse(null);
        String task = step.text("task", "");
        if (task.isBlank() && step.value("quiz").isEmpty()) {
            problems.at(step.node(), what + " needs a `task` (one sentence: what to do), or a `quiz`");
        }
        List<CheckCall> checks = step.value("checks").map(c -> checkCalls.read(c, captured, problems)).orElse(List.of());
        List<String> solution = step.textOrList("solution", "shell command lines");
        if (!checks.isEmpty() && solution.isEmpty()) {
            problems.at(step.keyNode("checks").orElseThrow(), what
                    + " has checks but no `solution`: give the commands that make them pass (layerlab test runs them)");
        }
        Map<String, String> capture = readCapture(step, problems);
        captured.addAll(capture.keySet());
        Step result = new Step(id, step.text("title", ""), step.text("explain", ""), task,
                step.textOrList("command", "commands"), checks, capture, step.textOrList("hints", "hints"), solution, quiz);
        return problems.count() == before ? result : null;
    }

    private static String readId(Fields fields, int number, Map<String, Integer> stepIds, FileProblems problems) {
        String id = fields.requiredText("id");
        if (id == null) {
            return null;
        }
        Node idNode = fields.value("id").orElseThrow();
        Ids.check(id, idNode, "step id", problems);
        Integer firstLine = stepIds.putIfAbsent(id, idNode.getStartMark().getLine() + 1);
        if (firstLine != null) {
            problems.at(idNode, "duplicate step id \"" + id + "\" (first at line " + firstLine + ")");
        }
        return id;
    }

    private static Map<String, String> readCapture(Fields step, FileProblems problems) {
        Map<String, String> capture = new LinkedHashMap<>();
        Optional<Node> node = step.value("capture").filter(c -> !Fields.isNull(c));
        if (node.isEmpty()) {
            return capture;
        }
        Optional<Fields> fields = Fields.of(node.get(), "`capture`", problems);
        if (fields.isEmpty()) {
            return capture;
        }
        for (NodeTuple tuple : fields.get().node().getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || capture.containsKey(key.getValue())) {
                continue; // reported by Fields
            }
            String name = key.getValue();
            if (!Ids.isCaptureName(name)) {
                problems.at(key, "capture name \"" + name + "\" may only use a-z, 0-9 and _, and must not start with a digit");
            }
            Node value = tuple.getValueNode();
            String expression = value instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (CaptureExpression.parse(expression).isEmpty()) {
                problems.at(value, "capture \"" + name + "\": " + (value instanceof ScalarNode ? "\"" + expression + "\"" : Fields.describe(value))
                        + " is not one of " + CaptureExpression.FORMS);
            }
            capture.put(name, expression);
        }
        return capture;
    }
}
