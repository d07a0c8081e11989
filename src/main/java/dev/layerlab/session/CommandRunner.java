package dev.layerlab.session;

import java.time.Duration;

/** Runs a learner's or a solution's command line in the host shell. */
public interface CommandRunner {

    /**
     * Runs the command with the real terminal: the interface has stepped aside, the child reads
     * the keyboard (so {@code docker run -it ... sh} works) and Ctrl-C goes to the child only.
     *
     * @return the exit code
     */
    int runInteractive(String commandLine);

    /** Runs the command without a terminal and captures its output (for {@code layerlab test}). */
    Outcome runCaptured(String commandLine, Duration timeout);

    /**
     * @param exitCode the exit code, -1 when it timed out
     * @param output stdout and stderr interleaved
     */
    record Outcome(int exitCode, String output) {
    }
}
