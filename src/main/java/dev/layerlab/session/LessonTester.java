package dev.layerlab.session;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.CheckResult;
import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.DockerTimeoutException;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Step;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The lesson lifecycle test behind {@code layerlab test}: starting from a clean slate, every step's
 * checks must fail before its solution and pass after it, and the lesson's cleanup must leave
 * nothing behind but the images it lists.
 */
public final class LessonTester {

    /** How long checks may take to come true after a solution (a web server starting, say). */
    static final Duration SETTLE = Duration.ofSeconds(15);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private final CheckEngine engine;
    private final DockerGateway docker;
    private final CommandRunner runner;
    private final Consumer<String> out;
    private final LessonCleaner cleaner;
    private final Duration settle;

    public LessonTester(CheckEngine engine, DockerGateway docker, CommandRunner runner, Consumer<String> out) {
        this(engine, docker, runner, out, SETTLE);
    }

    LessonTester(CheckEngine engine, DockerGateway docker, CommandRunner runner, Consumer<String> out, Duration settle) {
        this.settle = settle;
        this.engine = engine;
        this.docker = docker;
        this.runner = runner;
        this.out = out;
        this.cleaner = new LessonCleaner(docker);
    }

    /** Tests one lesson; prints a line per step; true when every step and the cleanup passed. */
    public boolean test(Lesson lesson) {
        long lessonStart = System.nanoTime();
        out.accept(lesson.id() + " — " + lesson.title());
        try {
            cleaner.clean(lesson.cleanup());
            lesson.images().forEach(docker::removeImage);
        } catch (DaemonUnreachableException | DockerTimeoutException e) {
            throw e;
        } catch (DockerException e) {
            out.accept("  ✗ cannot start from a clean slate: " + e.getMessage());
            out.accept("  FAIL " + lesson.id());
            return false;
        }
        DaemonObjects before = DaemonObjects.read(docker);
        Map<String, String> captures = new HashMap<>();
        boolean ok = true;
        for (Step step : lesson.steps()) {
            ok &= testStep(step, captures);
            if (!ok) {
                break;
            }
        }
        cleaner.clean(lesson.cleanup());
        List<String> left = DaemonObjects.read(docker).leftSince(before, lesson.images(), docker);
        if (left.isEmpty()) {
            out.accept(String.format("  ✓ %-22s nothing left behind", "cleanup"));
        } else {
            out.accept(String.format("  ✗ %-22s left behind: %s", "cleanup", String.join(", ", left)));
            ok = false;
        }
        out.accept(String.format("  %s %s in %s", ok ? "PASS" : "FAIL", lesson.id(), seconds(lessonStart)));
        return ok;
    }

    private boolean testStep(Step step, Map<String, String> captures) {
        long start = System.nanoTime();
        if (step.checks().isEmpty()) {
            out.accept(String.format("  - %-22s %s", step.id(), step.quiz() != null ? "quiz (nothing to verify)" : "reading step"));
            return true;
        }
        List<CheckResult> before = engine.run(step.checks(), captures);
        if (before.stream().allMatch(CheckResult::passed)) {
            out.accept(String.format("  ✗ %-22s checks already pass before the solution — the step teaches nothing", step.id()));
            return false;
        }
        for (String command : step.solution()) {
            CommandRunner.Outcome outcome = runner.runCaptured(command, COMMAND_TIMEOUT);
            if (outcome.exitCode() != 0) {
                out.accept(String.format("  ✗ %-22s solution failed (exit %d): %s%n%s", step.id(), outcome.exitCode(),
                        command, indent(outcome.output())));
                return false;
            }
        }
        List<CheckResult> after = settle(step, captures);
        if (!after.stream().allMatch(CheckResult::passed)) {
            out.accept(String.format("  ✗ %-22s checks fail after the solution:", step.id()));
            after.stream().filter(r -> !r.passed()).forEach(r -> out.accept("      ✗ " + r.title() + " — " + r.observed()));
            return false;
        }
        try {
            captures.putAll(engine.capture(step.capture()));
        } catch (IllegalStateException e) {
            out.accept(String.format("  ✗ %-22s could not capture: %s", step.id(), e.getMessage()));
            return false;
        }
        long failing = before.stream().filter(r -> !r.passed()).count();
        out.accept(String.format("  ✓ %-22s %d/%d checks failed before, all pass after  %s", step.id(), failing,
                before.size(), seconds(start)));
        return true;
    }

    private List<CheckResult> settle(Step step, Map<String, String> captures) {
        long deadline = System.nanoTime() + settle.toNanos();
        List<CheckResult> results = engine.run(step.checks(), captures);
        while (!results.stream().allMatch(CheckResult::passed) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            results = engine.run(step.checks(), captures);
        }
        return results;
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String indent(String output) {
        return output.strip().lines().map(l -> "      " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
