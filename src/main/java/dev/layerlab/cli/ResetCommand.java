package dev.layerlab.cli;

import dev.layerlab.lesson.Course;
import dev.layerlab.session.Action;
import dev.layerlab.session.Session;
import dev.layerlab.session.SessionException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab reset LESSON}: back to the lesson's start, removing only what it names. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Put a lesson back to its start: forget its progress and remove the Docker objects",
            "the lesson itself names (never your own containers, images or volumes). Asks first."})
final class ResetCommand implements Callable<Integer> {

    private final Services services;

    @Parameters(index = "0", paramLabel = "LESSON", description = "The lesson id (see 'layerlab progress').")
    String lessonId;

    @Option(names = {"-y", "--yes"}, description = "Do not ask.")
    boolean yes;

    @Mixin
    LessonPackOption lessons = new LessonPackOption();

    ResetCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Course course = services.course(lessons.dir);
        if (course.lesson(lessonId).isEmpty()) {
            throw new SessionException("no lesson \"" + lessonId + "\"", "'layerlab progress' lists the lessons");
        }
        try (Session session = services.session(course)) {
            session.perform(new Action.Open(lessonId)).join();
            List<String> plan = session.resetPlan().join();
            services.out().println(plan.isEmpty() ? "Nothing to remove; the lesson's progress will be forgotten."
                    : "This removes: " + String.join(", ", plan));
            if (!yes) {
                services.out().print("Reset \"" + lessonId + "\"? [y/N] ");
                services.out().flush();
                String answer = services.readLine();
                if (answer == null || !answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                    services.out().println("Nothing changed.");
                    return 1;
                }
            }
            session.reset().join();
            services.out().println("Lesson \"" + lessonId + "\" is back at its start.");
            services.out().flush();
            return 0;
        }
    }
}
