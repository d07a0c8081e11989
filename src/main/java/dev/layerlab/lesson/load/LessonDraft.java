package dev.layerlab.lesson.load;

import dev.layerlab.lesson.Lesson;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What was read from one lesson file, before the course-wide checks: as much as could be read,
 * with positions, and the lesson itself when the file had no problem of its own.
 *
 * @param fileName the file's name, used when no id or title could be read
 * @param id null when unreadable
 * @param idNode where the id is written, null when unreadable
 * @param title null when unreadable
 * @param requires the items of {@code requires:}, with positions
 * @param lesson null when the file has problems
 */
record LessonDraft(String fileName, String id, Node idNode, String title, List<ScalarNode> requires, Lesson lesson,
        FileProblems problems) {
}
