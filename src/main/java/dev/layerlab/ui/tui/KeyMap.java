package dev.layerlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.layerlab.session.Action;
import java.util.List;
import java.util.function.Function;

/** Turns a key into what it asks for, on the course map or in a lesson. The help overlay lists {@link #HELP}. */
final class KeyMap {

    /** Every key, as the help overlay shows it: keys, then what they do. */
    static final List<String[]> HELP = List.of(
            new String[] {"Enter", "open the lesson (course map); next step once this one is done"},
            new String[] {"n / p", "next / previous step"},
            new String[] {"h", "next hint"},
            new String[] {"s", "solution (asks first, then offers to run it)"},
            new String[] {"c", "run the checks now (they also run on every Docker event)"},
            new String[] {"1-9", "answer the quiz with that choice"},
            new String[] {"r", "reset this lesson (lists what it removes, asks first)"},
            new String[] {"l", "course map"},
            new String[] {": or /", "command line; or just type docker ..."},
            new String[] {"Up / Down", "scroll the text (command line: history)"},
            new String[] {"PgUp PgDn Space", "scroll a page"},
            new String[] {"Home / End", "top / bottom of the text"},
            new String[] {"Esc", "leave the command line, close a dialog"},
            new String[] {"?", "this help"},
            new String[] {"q / Ctrl-C", "quit; your progress is saved"});

    private KeyMap() {
    }

    static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c';
    }

    /** Keys in a lesson. */
    static UiCommand inLesson(KeyStroke key) {
        return map(key, c -> switch (c) {
            case 'n' -> new UiCommand.Perform(new Action.Next());
            case 'p' -> new UiCommand.Perform(new Action.Back());
            case 'h' -> new UiCommand.Perform(new Action.Hint());
            case 'c' -> new UiCommand.Perform(new Action.Check());
            case 's' -> new UiCommand.Solution();
            case 'r' -> new UiCommand.Reset();
            case 'l' -> new UiCommand.CourseMap();
            case ' ' -> new UiCommand.Move(1, true);
            default -> c >= '1' && c <= '9' ? new UiCommand.Perform(new Action.Answer(c - '1')) : typing(c);
        });
    }

    /** Keys on the course map. */
    static UiCommand onMap(KeyStroke key) {
        return map(key, c -> switch (c) {
            case 'j' -> new UiCommand.Move(1, false);
            case 'k' -> new UiCommand.Move(-1, false);
            case 'l' -> new UiCommand.Nothing();
            default -> typing(c);
        });
    }

    /** The keys that mean the same everywhere, else a plain character as {@code letter} reads it, else nothing. */
    private static UiCommand map(KeyStroke key, Function<Character, UiCommand> letter) {
        UiCommand common = common(key);
        if (common != null) {
            return common;
        }
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return new UiCommand.Nothing();
        }
        return letter.apply(key.getCharacter());
    }

    /** Keys that mean the same everywhere; null when the key is not one of them. */
    private static UiCommand common(KeyStroke key) {
        if (isCtrlC(key)) {
            return new UiCommand.Quit();
        }
        return switch (key.getKeyType()) {
            case Enter -> new UiCommand.Confirm();
            case ArrowUp -> new UiCommand.Move(-1, false);
            case ArrowDown -> new UiCommand.Move(1, false);
            case PageUp -> new UiCommand.Move(-1, true);
            case PageDown -> new UiCommand.Move(1, true);
            case Home -> new UiCommand.Jump(false);
            case End -> new UiCommand.Jump(true);
            case Character -> key.isCtrlDown() || key.isAltDown() ? null : switch (key.getCharacter()) {
                case 'q' -> new UiCommand.Quit();
                case '?' -> new UiCommand.Help();
                case ':', '/' -> new UiCommand.CommandLine("");
                default -> null;
            };
            default -> null;
        };
    }

    /** A letter no key uses starts the command line with it, so typing {@code docker ps} just works. */
    private static UiCommand typing(char c) {
        return Character.isLetter(c) ? new UiCommand.CommandLine(String.valueOf(c)) : new UiCommand.Nothing();
    }
}
