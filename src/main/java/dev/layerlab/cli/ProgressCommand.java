package dev.layerlab.cli;

import dev.layerlab.lesson.Course;
import dev.layerlab.session.LessonSummary;
import dev.layerlab.session.Session;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code layerlab progress}: what the learner has completed. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Show what has been completed, per lesson.")
final class ProgressCommand implements Callable<Integer> {

    private final Services services;

    @Option(names = "--json", description = "Print JSON, for scripts and instructors.")
    boolean json;

    @Mixin
    LessonPackOption lessons = new LessonPackOption();

    ProgressCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Course course = services.course(lessons.dir);
        List<LessonSummary> rows;
        try (Session session = services.session(course)) {
            rows = session.overview();
        }
        services.out().print(json ? ProgressReport.json(rows) : ProgressReport.table(rows));
        services.out().flush();
        return 0;
    }
}
