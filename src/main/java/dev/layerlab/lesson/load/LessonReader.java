package dev.layerlab.lesson.load;

import dev.layerlab.check.CheckRegistry;
import dev.layerlab.lesson.Cleanup;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** One lesson file's root map to a {@link LessonDraft}. */
final class LessonReader {

    static final String DEFAULT_TRACK = "general";
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("version", "id", "title", "track", "summary",
            "requires", "images", "steps", "cleanup"));

    private final StepReader steps;
    private final CleanupReader cleanups = new CleanupReader();

    LessonReader(CheckRegistry checks) {
        this.steps = new StepReader(new CheckCallReader(checks));
    }

    LessonDraft read(String fileName, Node root, FileProblems problems) {
        Optional<Fields> found = Fields.of(root, "the lesson", problems);
        if (found.isEmpty()) {
            return new LessonDraft(fileName, null, null, null, List.of(), null, problems);
        }
        Fields fields = found.get();
        boolean current = FormatVersion.check(fields, problems);
        String id = fields.requiredText("id");
        Node idNode = fields.value("id").orElse(null);
        if (id != null) {
            Ids.check(id, idNode, "lesson id", problems);
        }
        String title = fields.requiredText("title");
        if (!current) {
            return new LessonDraft(fileName, id, idNode, title, List.of(), null, problems);
        }
        fields.allowOnly(KEYS);
        String track = fields.text("track", DEFAULT_TRACK);
        String summary = fields.text("summary", "");
        List<ScalarNode> requires = fields.listNodes("requires", "lesson ids", false);
        List<String> images = fields.list("images", "image names");
        List<Step> stepList = readSteps(fields, problems);
        Cleanup cleanup = cleanups.read(fields.value("cleanup"), problems);
        Lesson lesson = problems.isEmpty()
                ? new Lesson(id, title, track.isBlank() ? DEFAULT_TRACK : track, summary,
                        requires.stream().map(ScalarNode::getValue).toList(), images, stepList, cleanup, problems.file())
                : null;
        return new LessonDraft(fileName, id, idNode, title, requires, lesson, problems);
    }

    private List<Step> readSteps(Fields fields, FileProblems problems) {
        Optional<Node> value = fields.value("steps");
        if (value.isEmpty()) {
            problems.at(fields.node(), "the lesson needs `steps` (a list of at least one step)");
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.at(value.get(), "`steps` must be a list of at least one step, found "
                    + (value.get() instanceof SequenceNode ? "an empty list" : Fields.describe(value.get())));
            return List.of();
        }
        List<Step> result = new ArrayList<>();
        Map<String, Integer> stepIds = new HashMap<>();
        Set<String> captured = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Step step = steps.read(list.getValue().get(i), i + 1, stepIds, captured, problems);
            if (step != null) {
                result.add(step);
            }
        }
        return result;
    }
}
