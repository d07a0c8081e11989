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

    /** Raw again: keys one at a time, no echo, Ctrl-C as a key. */
    void raw() throws IOException {
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }
}
