package dev.layerlab.cli;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.lesson.Course;
import dev.layerlab.progress.ProgressStore;
import dev.layerlab.session.CommandRunner;
import dev.layerlab.session.Session;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What the commands need, built by {@code Main}. Commands stay thin: they parse, ask for these,
 * call one service, and return an exit code.
 */
public interface Services {

    /** Loads the course from a lesson folder (null: the default one) with its check folders. */
    Course course(Path lessonsDir);

    /** The folder the course comes from when none is given. */
    Path defaultLessonsDir();

    /** The daemon gateway; cheap to call, built once. */
    DockerGateway docker();

    /** The check engine over a course's checks. */
    CheckEngine checkEngine(Course course);

    /** The learner's progress file. */
    ProgressStore progressStore();

    /** Runs host commands; {@code interactive} guards Ctrl-C for a child that owns the terminal. */
    CommandRunner commandRunner();

    /** A session over the course (not started). */
    Session session(Course course);

    /** Runs the full-screen or the line-mode interface until the learner quits; returns the exit code. */
    int runTutorial(Session session, boolean plain);

    /** Whether standard input and output are a terminal. */
    boolean interactiveTerminal();

    /** Loads the classes a start needs without touching the daemon or the terminal (for the class data sharing archive). */
    void warmUp();

    PrintWriter out();

    PrintWriter err();

    /** Reads one line from standard input for a confirmation; null at end of input. */
    String readLine();
}
