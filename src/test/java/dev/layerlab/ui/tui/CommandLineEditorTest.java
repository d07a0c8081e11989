package dev.layerlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineEditorTest {

    private final CommandLineEditor editor = new CommandLineEditor();

    private void type(String text) {
        text.chars().forEach(c -> editor.key(new KeyStroke((char) c, false, false)));
    }

    @Test
    void editsWithTheCursorAndSubmitsTheStrippedLine() {
        editor.open("d");
        type("ocker ps");
        editor.key(new KeyStroke(KeyType.Home));
        editor.key(new KeyStroke(KeyType.Delete));
        type("D");
        editor.key(new KeyStroke(KeyType.End));
        editor.key(new KeyStroke(KeyType.Backspace));
        type("s  ");
        assertEquals("Docker ps  ", editor.text());
        assertEquals(CommandLineEditor.Outcome.SUBMITTED, editor.key(new KeyStroke(KeyType.Enter)));
        assertEquals("Docker ps", editor.submit());
        assertFalse(editor.active());
    }

    @Test
    void historyWalksBackAndForthAndKeepsTheDraft() {
        for (String line : List.of("docker images", "docker ps", "docker ps")) {
            editor.open(line);
            editor.submit();
        }
        assertEquals(List.of("docker images", "docker ps"), editor.history(), "no repeats in a row");
        editor.open("dock");
        editor.key(new KeyStroke(KeyType.ArrowUp));
        assertEquals("docker ps", editor.text());
        editor.key(new KeyStroke(KeyType.ArrowUp));
        editor.key(new KeyStroke(KeyType.ArrowUp));
        assertEquals("docker images", editor.text());
        editor.key(new KeyStroke(KeyType.ArrowDown));
        editor.key(new KeyStroke(KeyType.ArrowDown));
        assertEquals("dock", editor.text());
    }

    @Test
    void escapeAndBackspaceOnAnEmptyLineLeave() {
        editor.open("x");
        assertEquals(CommandLineEditor.Outcome.CANCELLED, editor.key(new KeyStroke(KeyType.Escape)));
        assertFalse(editor.active());
        editor.open("");
        assertEquals(CommandLineEditor.Outcome.CANCELLED, editor.key(new KeyStroke(KeyType.Backspace)));
        assertFalse(editor.active());
    }
}
