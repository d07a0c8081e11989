package dev.layerlab.lesson.load;

import dev.layerlab.check.Suggestions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The checks that span lessons: unique ids, {@code requires} that name a lesson, and no cycles. */
final class CourseValidator {

    /** Reports, in the files concerned, every problem between the lessons of {@code drafts}. */
    void validate(List<LessonDraft> drafts) {
        Map<String, List<LessonDraft>> byId = drafts.stream().filter(d -> d.id() != null)
                .collect(Collectors.groupingBy(LessonDraft::id, LinkedHashMap::new, Collectors.toList()));
        reportDuplicates(byId);
        Map<String, LessonDraft> unique = new LinkedHashMap<>();
        byId.forEach((id, list) -> unique.put(id, list.get(0)));
        for (LessonDraft draft : drafts) {
            for (ScalarNode required : draft.requires()) {
                if (!unique.containsKey(required.getValue())) {
                    draft.problems().at(required, "requires \"" + required.getValue() + "\", but no lesson has that id"
                            + Suggestions.didYouMean(required.getValue(), unique.keySet()));
                }
            }
        }
        reportCycles(unique);
    }

    private static void reportDuplicates(Map<String, List<LessonDraft>> byId) {
        byId.forEach((id, list) -> {
            if (list.size() > 1) {
                for (LessonDraft draft : list) {
                    String others = list.stream().filter(d -> d != draft).map(LessonDraft::fileName).collect(Collectors.joining(", "));
                    draft.problems().at(draft.idNode(), "lesson id \"" + id + "\" is also used by " + others + "; ids must be unique");
                }
            }
        });
    }

    /** Each {@code requires} item that leads back to its own lesson is reported with the whole loop. */
    private static void reportCycles(Map<String, LessonDraft> byId) {
        for (LessonDraft draft : byId.values()) {
            for (ScalarNode required : draft.requires()) {
                List<String> path = pathBack(required.getValue(), draft.id(), byId);
                if (!path.isEmpty()) {
                    draft.problems().at(required, "`requires` makes a cycle: " + draft.id() + " → " + String.join(" → ", path)
                            + "; a lesson cannot come before itself");
                }
            }
        }
    }

    /** The lessons from {@code from} to {@code to} along {@code requires} (both included), or empty. */
    private static List<String> pathBack(String from, String to, Map<String, LessonDraft> byId) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, null);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (current.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String at = current; at != null; at = cameFrom.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            LessonDraft lesson = byId.get(current);
            if (lesson != null) {
                for (ScalarNode next : lesson.requires()) {
                    if (!cameFrom.containsKey(next.getValue())) {
                        cameFrom.put(next.getValue(), current);
                        queue.add(next.getValue());
                    }
                }
            }
        }
        return List.of();
    }
}
