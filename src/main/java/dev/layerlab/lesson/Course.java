package dev.layerlab.lesson;

import dev.layerlab.check.CheckRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from a lesson folder: the lessons in order, the ones that are broken, every
 * problem found (in lessons and in check files), and the checks the lessons may use.
 */
public record Course(List<Lesson> lessons, List<BrokenLesson> broken, List<Problem> problems, CheckRegistry checks) {

    public Course {
        lessons = List.copyOf(lessons);
        broken = List.copyOf(broken);
        problems = List.copyOf(problems);
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Track names in the order their first lesson appears. */
    public List<String> tracks() {
        return lessons.stream().map(Lesson::track).distinct().toList();
    }
}
