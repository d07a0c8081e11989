package dev.layerlab.bench;

import dev.layerlab.check.CheckCall;
import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.CheckResult;
import dev.layerlab.check.JdkHttpGetter;
import dev.layerlab.check.primitive.StandardPrimitives;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.javaclient.JavaDockerGateway;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Step;
import dev.layerlab.lesson.load.CourseLoader;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.InterruptGuard;
import dev.layerlab.session.LessonCleaner;
import dev.layerlab.session.ShellCommandRunner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The check budget of DESIGN §7 ("checks of one step evaluated in < 50 ms against a local
 * daemon"), measured: brings the real daemon into the state each shipped step asks for by running
 * the lessons' solutions in course order, then times the step's checks through the real
 * {@link CheckEngine}, and removes the lessons' cleanup objects at the end. Run by
 * {@code bench/checks.sh}; see {@code bench/README.md}.
 */
public final class CheckBench {

    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private final BenchOptions options;
    private final PrintStream out;

    private CheckBench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] argv) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchOptions options = BenchOptions.parse(argv);
        Course course = new CourseLoader(StandardPrimitives.create()).load(options.lessons(), List.of(options.checks()));
        if (!course.problems().isEmpty() || !course.broken().isEmpty()) {
            throw new IllegalStateException("the course does not load cleanly; run `layerlab lint` first: " + course.problems());
        }
        try (JavaDockerGateway docker = JavaDockerGateway.connect(System.getenv(), Path.of(System.getProperty("user.home")))) {
            new CheckBench(options, out).run(course, docker);
        }
    }

    private void run(Course course, DockerGateway docker) {
        LessonCleaner cleaner = new LessonCleaner(docker);
        List<String> inTheWay = new ArrayList<>();
        course.lessons().forEach(lesson -> inTheWay.addAll(cleaner.existing(lesson.cleanup())));
        if (!inTheWay.isEmpty() && !options.force()) {
            throw new IllegalStateException("these objects exist already and the lessons would replace them: "
                    + String.join(", ", inTheWay) + ". Remove them, or pass --force to let the bench remove them.");
        }
        CheckEngine engine = new CheckEngine(course.checks(), docker, new JdkHttpGetter());
        CommandRunner runner = new ShellCommandRunner(System.getenv("SHELL"), InterruptGuard.NONE);
        Report report = new Report(out, options);
        try {
            course.lessons().forEach(lesson -> cleaner.clean(lesson.cleanup()));
            for (Lesson lesson : course.lessons()) {
                Map<String, String> captures = new HashMap<>();
                for (Step step : lesson.steps()) {
                    if (!step.checks().isEmpty()) {
                        prepare(step, engine, runner, captures);
                        report.step(lesson.id() + "/" + step.id(), step.checks().size(), measure(step.checks(), engine, captures), perCheck(step, engine, captures));
                        captures.putAll(engine.capture(step.capture()));
                    }
                }
                cleaner.clean(lesson.cleanup());
            }
        } finally {
            course.lessons().forEach(lesson -> cleaner.clean(lesson.cleanup()));
        }
        report.total();
    }

    /** Runs the step's solution and waits until its checks pass, as {@code layerlab test} does. */
    private void prepare(Step step, CheckEngine engine, CommandRunner runner, Map<String, String> captures) {
        for (String command : step.solution()) {
            CommandRunner.Outcome outcome = runner.runCaptured(command, COMMAND_TIMEOUT);
            if (outcome.exitCode() != 0) {
                throw new IllegalStateException("solution of step " + step.id() + " failed (exit " + outcome.exitCode() + "): "
                        + command + "\n" + outcome.output());
            }
        }
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!engine.run(step.checks(), captures).stream().allMatch(CheckResult::passed)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("checks of step " + step.id() + " still fail " + SETTLE.toSeconds() + " s after its solution");
            }
            sleep(200);
        }
    }

    /** Warm-up rounds, then timed rounds of one {@link CheckEngine#run}, each with a fresh round cache. */
    private Timings measure(List<CheckCall> calls, CheckEngine engine, Map<String, String> captures) {
        for (int i = 0; i < options.warmup(); i++) {
            engine.run(calls, captures);
        }
        Timings timings = new Timings();
        for (int i = 0; i < options.runs(); i++) {
            long start = System.nanoTime();
            engine.run(calls, captures);
            timings.add(System.nanoTime() - start);
        }
        return timings;
    }

    /** Each check of the step alone (so with no cache shared with the others): where the time goes. */
    private Map<String, Timings> perCheck(Step step, CheckEngine engine, Map<String, String> captures) {
        Map<String, Timings> each = new java.util.LinkedHashMap<>();
        if (options.perCheck()) {
            for (CheckCall call : step.checks()) {
                each.put(call.name(), measure(List.of(call), engine, captures));
            }
        }
        return each;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
