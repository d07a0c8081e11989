package dev.layerlab.cli;

import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Problem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code layerlab lint [DIR]}: every problem in the lessons and checks, as file:line:col. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Validate lesson and check files; print each problem as file:line:col: message.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:no problems", "1:problems found", "2:bad usage"})
final class LintCommand implements Callable<Integer> {

    private final Services services;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Lesson folder (default: the built-in course).")
    Path dir;

    LintCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Course course = services.course(dir);
        for (Problem problem : course.problems()) {
            services.out().println(problem);
        }
        int lessons = course.lessons().size() + course.broken().size();
        services.out().printf("%d lesson%s, %d check%s: %s%n", lessons, lessons == 1 ? "" : "s",
                course.checks().all().size(), course.checks().all().size() == 1 ? "" : "s",
                course.problems().isEmpty() ? "no problems" : course.problems().size() + " problem"
                        + (course.problems().size() == 1 ? "" : "s"));
        services.out().flush();
        return course.problems().isEmpty() ? 0 : 1;
    }
}
