package dev.layerlab.ui.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import dev.layerlab.session.Session;
import java.io.IOException;

/**
 * The full-screen course over any session, on a virtual terminal, for code outside this package
 * (the benches): keys in, the screen's text out, and a call after every flushed frame. Commands
 * typed on the command line are not run (there is no runner).
 */
public final class HeadlessTui implements AutoCloseable {

    private final DefaultVirtualTerminal terminal;
    private final Thread thread;
    private volatile Throwable failure;

    /** Starts the interface on its own thread. */
    public HeadlessTui(Session session, int columns, int rows) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TuiApp app = new TuiApp(new TerminalScreen(terminal), session, null, Handover.IN_PLACE, new Theme(true, true));
        thread = new Thread(() -> {
            try {
                app.run();
            } catch (Throwable t) {
                failure = t;
            }
        }, "headless-tui");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code frame} on the UI thread each time a frame has been flushed to the virtual terminal. */
    public void onFlush(Runnable frame) {
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                frame.run();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal terminal, TerminalSize size) {
            }
        });
    }

    public void press(KeyType key) {
        terminal.addInput(new KeyStroke(key));
    }

    /** The visible screen, one line per row, trailing spaces removed. */
    public String screen() {
        if (failure != null) {
            throw new IllegalStateException("the interface failed: " + failure, failure);
        }
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < size.getColumns(); column++) {
                line.append(terminal.getCharacter(column, row).getCharacterString());
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() throws InterruptedException {
        terminal.addInput(new KeyStroke(KeyType.EOF));
        thread.join(5000);
    }
}
