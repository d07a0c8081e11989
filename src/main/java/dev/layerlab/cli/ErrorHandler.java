package dev.layerlab.cli;

import dev.layerlab.docker.DockerException;
import dev.layerlab.lesson.load.LessonDirectoryException;
import dev.layerlab.progress.ProgressException;
import dev.layerlab.session.SessionException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The single place where errors meet the learner: one line saying what went wrong and what to do,
 * a stack trace only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** The daemon could not be used. */
    static final int DOCKER = 3;
    /** Something the learner asked for cannot be done. */
    static final int FAILED = 1;
    /** A bug: it should never happen. */
    static final int INTERNAL = 70;

    private final Services services;
    private final boolean debug;

    ErrorHandler(Services services, boolean debug) {
        this.services = services;
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = services.err();
        Throwable e = thrown;
        // Work done on the session's thread arrives wrapped; what went wrong is inside.
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (debug) {
            e.printStackTrace(err);
        }
        int code;
        if (e instanceof DockerException d) {
            code = report(err, d.getMessage(), d.remedy(), DOCKER);
        } else if (e instanceof SessionException s) {
            code = report(err, s.getMessage(), s.remedy(), FAILED);
        } else if (e instanceof ProgressException p) {
            code = report(err, p.getMessage(), p.remedy(), FAILED);
        } else if (e instanceof LessonDirectoryException l) {
            code = report(err, l.getMessage(), "", CommandLine.ExitCode.USAGE);
        } else {
            code = report(err, "unexpected error: " + e, debug ? "" : "run again with --debug to see where", INTERNAL);
        }
        err.flush();
        return code;
    }

    private static int report(PrintWriter err, String message, String remedy, int code) {
        err.println("layerlab: " + message);
        if (remedy != null && !remedy.isEmpty()) {
            err.println("  fix: " + remedy);
        }
        return code;
    }
}
