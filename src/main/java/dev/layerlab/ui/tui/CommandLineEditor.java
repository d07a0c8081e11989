package dev.layerlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line at the bottom: one line of text with a cursor, and the history of what was
 * run (Up and Down walk it). Lives on the UI thread.
 */
final class CommandLineEditor {

    /** What a key did. */
    enum Outcome { EDITED, SUBMITTED, CANCELLED }

    private static final int HISTORY_SIZE = 200;

    private final List<String> history = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int cursor;
    private int historyIndex;
    private String draft = "";
    private boolean active;

    boolean active() {
        return active;
    }

    /** Focuses the line with {@code typed} already in it. */
    void open(String typed) {
        active = true;
        text.setLength(0);
        text.append(typed);
        cursor = text.length();
        historyIndex = history.size();
        draft = "";
    }

    void close() {
        active = false;
        text.setLength(0);
        cursor = 0;
    }

    String text() {
        return text.toString();
    }

    /** Cursor position in characters from the start of the text. */
    int cursor() {
        return cursor;
    }

    List<String> history() {
        return List.copyOf(history);
    }

    /** The submitted line: kept in the history (not twice in a row) and the editor closed. */
    String submit() {
        String line = text.toString().strip();
        if (!line.isEmpty() && (history.isEmpty() || !history.get(history.size() - 1).equals(line))) {
            history.add(line);
            if (history.size() > HISTORY_SIZE) {
                history.remove(0);
            }
        }
        close();
        return line;
    }

    Outcome key(KeyStroke key) {
        switch (key.getKeyType()) {
            case Enter:
                return Outcome.SUBMITTED;
            case Escape:
                close();
                return Outcome.CANCELLED;
            case Backspace:
                if (cursor > 0) {
                    text.deleteCharAt(--cursor);
                } else if (text.length() == 0) {
                    close();
                    return Outcome.CANCELLED;
                }
                break;
            case Delete:
                if (cursor < text.length()) {
                    text.deleteCharAt(cursor);
                }
                break;
            case ArrowLeft:
                cursor = Math.max(0, cursor - 1);
                break;
            case ArrowRight:
                cursor = Math.min(text.length(), cursor + 1);
                break;
            case Home:
                cursor = 0;
                break;
            case End:
                cursor = text.length();
                break;
            case ArrowUp:
                recall(-1);
                break;
            case ArrowDown:
                recall(1);
                break;
            case Character:
                character(key);
                break;
            default:
                break;
        }
        return Outcome.EDITED;
    }

    private void character(KeyStroke key) {
        char c = key.getCharacter();
        if (key.isCtrlDown()) {
            switch (c) {
                case 'a' -> cursor = 0;
                case 'e' -> cursor = text.length();
                case 'u' -> {
                    text.delete(0, cursor);
                    cursor = 0;
                }
                case 'k' -> text.setLength(cursor);
                default -> { }
            }
            return;
        }
        text.insert(cursor++, c);
    }

    private void recall(int direction) {
        int target = historyIndex + direction;
        if (target < 0 || target > history.size()) {
            return;
        }
        if (historyIndex == history.size()) {
            draft = text.toString();
        }
        historyIndex = target;
        text.setLength(0);
        text.append(target == history.size() ? draft : history.get(target));
        cursor = text.length();
    }
}
