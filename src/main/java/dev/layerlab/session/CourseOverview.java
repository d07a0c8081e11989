package dev.layerlab.session;

import dev.layerlab.lesson.BrokenLesson;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.progress.LessonProgress;
import dev.layerlab.progress.Progress;
import java.util.ArrayList;
import java.util.List;

/** The course map: each lesson with its progress, which one is next, and the broken ones. */
final class CourseOverview {

    private final Course course;
    private final Progress progress;

    CourseOverview(Course course, Progress progress) {
        this.course = course;
        this.progress = progress;
    }

    List<LessonSummary> rows() {
        List<LessonSummary> rows = new ArrayList<>();
        boolean nextGiven = false;
        for (Lesson lesson : course.lessons()) {
            LessonProgress lp = progress.lesson(lesson.id());
            int done = (int) lesson.steps().stream().filter(s -> lp.doneSteps().contains(s.id())).count();
            LessonSummary.Status status;
            if (lp.completedAt() != null) {
                status = LessonSummary.Status.DONE;
            } else if (!nextGiven) {
                status = done > 0 || lp.currentStep() != null ? LessonSummary.Status.IN_PROGRESS : LessonSummary.Status.NEXT;
                nextGiven = true;
            } else {
                status = done > 0 ? LessonSummary.Status.IN_PROGRESS : LessonSummary.Status.NOT_STARTED;
            }
            rows.add(new LessonSummary(lesson.id(), lesson.title(), lesson.track(), done, lesson.steps().size(), status, ""));
        }
        for (BrokenLesson broken : course.broken()) {
            rows.add(new LessonSummary(broken.id(), broken.title(), "broken", 0, 0, LessonSummary.Status.BROKEN,
                    broken.problems().get(0).toString()));
        }
        return rows;
    }
}
