package dev.layerlab.cli;

import dev.layerlab.lesson.Course;
import dev.layerlab.session.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code layerlab}: opens the course; subcommands for authors and instructors. */
@Command(name = "layerlab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Learn Docker images and containers by doing: lessons that check your real Docker daemon.",
        subcommands = {LintCommand.class, TestCommand.class, DoctorCommand.class, ProgressCommand.class,
            ResetCommand.class},
        footer = {"", "Run 'layerlab' in a terminal to start, or 'layerlab --plain' for the line-oriented mode."})
public final class LayerlabCommand implements Callable<Integer> {

    private final Services services;

    @Option(names = "--plain", description = "Line-oriented mode (also used when not in a terminal).")
    boolean plain;

    @Mixin
    LessonPackOption lessons = new LessonPackOption();

    @Option(names = "--debug", description = "Show stack traces of errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Option(names = "--cds-training", hidden = true, description = "Load what a start loads, then exit (install.sh uses it).")
    boolean cdsTraining;

    public LayerlabCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (cdsTraining) {
            services.warmUp();
            return 0;
        }
        Course course = services.course(lessons.dir);
        try (Session session = services.session(course)) {
            return services.runTutorial(session, plain || !services.interactiveTerminal());
        }
    }

    public boolean debug() {
        return debug;
    }
}
