package dev.layerlab.ui.tui;

/** The full-screen mode cannot open this terminal; nothing has been drawn, so the line mode can take over. */
public final class TerminalUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TerminalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
