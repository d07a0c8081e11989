package dev.layerlab.cli;

import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Problem;
import dev.layerlab.session.LessonTester;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlab test [DIR]}: the lesson lifecycle test against the real daemon. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Prove every step of every lesson against the real Docker daemon: its checks fail before",
            "its solution, pass after it, and the lesson's cleanup leaves nothing behind.",
            "Removes the lesson's own objects and images first: run it on a machine for authoring or CI."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:every lesson passed", "1:a lesson failed or is broken"})
final class TestCommand implements Callable<Integer> {

    private final Services services;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Lesson folder (default: the built-in course).")
    Path dir;

    @Option(names = "--lesson", paramLabel = "ID", description = "Test only these lessons.")
    List<String> only;

    TestCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Course course = services.course(dir);
        for (Problem problem : course.problems()) {
            services.err().println(problem);
        }
        services.docker().info();
        LessonTester tester = new LessonTester(services.checkEngine(course), services.docker(),
                services.commandRunner(), line -> {
                    services.out().println(line);
                    services.out().flush();
                });
        long start = System.nanoTime();
        int passed = 0;
        int failed = course.broken().size();
        for (Lesson lesson : course.lessons()) {
            if (only != null && !only.isEmpty() && !only.contains(lesson.id())) {
                continue;
            }
            if (tester.test(lesson)) {
                passed++;
            } else {
                failed++;
            }
        }
        services.out().printf("%d lesson%s passed, %d failed, in %.1f s%n", passed, passed == 1 ? "" : "s", failed,
                (System.nanoTime() - start) / 1e9);
        services.out().flush();
        return failed == 0 ? 0 : 1;
    }
}
