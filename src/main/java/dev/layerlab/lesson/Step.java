package dev.layerlab.lesson;

import dev.layerlab.check.CheckCall;
import java.util.List;
import java.util.Map;

/**
 * One step of a lesson.
 *
 * @param id unique within the lesson
 * @param title short, may be empty
 * @param explain the explanation, Markdown
 * @param task what to do, one sentence
 * @param commands the suggested command(s), shown to the learner
 * @param checks what is verified; all must pass for the step to be done
 * @param capture values to remember once the checks pass: name to expression, e.g.
 *     {@code first_id: container.scratchpad.id}
 * @param hints revealed one at a time
 * @param solution commands that make the checks pass, run only when asked
 * @param quiz a question instead of (or before) checks, null when none
 */
public record Step(String id, String title, String explain, String task, List<String> commands,
        List<CheckCall> checks, Map<String, String> capture, List<String> hints, List<String> solution, Quiz quiz) {

    public Step {
        commands = List.copyOf(commands);
        checks = List.copyOf(checks);
        capture = Map.copyOf(capture);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }
}
