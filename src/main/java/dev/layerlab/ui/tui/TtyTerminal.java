package dev.layerlab.ui.tui;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The process's own terminal, always UTF-8 (a JVM under {@code LANG=C} would pick US-ASCII), with
 * Ctrl-C arriving as a key rather than killing the JVM half-way through a frame. It can give the
 * terminal back in cooked mode for a child process and take it again: Lanterna keeps those
 * switches to itself.
 */
final class TtyTerminal extends UnixTerminal {

    TtyTerminal() throws IOException {
        super(System.in, System.out, StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    /** The terminal settings as they were before layerlab started: line editing, echo, signals. */
    void cooked() throws IOException {
        restoreTerminalSettings();
    }

    /**
     * Asks the terminal to turn the mouse wheel into arrow keys while the full screen shows
     * (xterm's alternate scroll mode, DECSET 1007), saving the learner's setting first (XTSAVE).
     * The wheel then scrolls the lesson, and selecting text with the mouse still works, as it
     * would not if the mouse were captured. Terminals without the mode ignore the request.
     */
    void wheelScrolls() throws IOException {
        writeToTerminal("\033[?1007s\033[?1007h".getBytes(StandardCharsets.US_ASCII));
        flush();
    }

    /** Puts the learner's wheel setting back (XTRESTORE). */
    void wheelRestored() throws IOException {
        writeToTerminal("\033[?1007r".getBytes(StandardCharsets.US_ASCII));
        flush();
    }

    /** Raw again: keys one at a time, no echo, Ctrl-C as a key. */
    void raw() throws IOException {
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }
}
