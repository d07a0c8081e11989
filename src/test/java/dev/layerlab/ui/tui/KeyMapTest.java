package dev.layerlab.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.layerlab.session.Action;
import org.junit.jupiter.api.Test;

class KeyMapTest {

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void lessonKeysBecomeSessionActions() {
        assertEquals(new UiCommand.Perform(new Action.Next()), KeyMap.inLesson(key('n')));
        assertEquals(new UiCommand.Perform(new Action.Back()), KeyMap.inLesson(key('p')));
        assertEquals(new UiCommand.Perform(new Action.Hint()), KeyMap.inLesson(key('h')));
        assertEquals(new UiCommand.Perform(new Action.Check()), KeyMap.inLesson(key('c')));
        assertEquals(new UiCommand.Perform(new Action.Answer(0)), KeyMap.inLesson(key('1')));
        assertEquals(new UiCommand.Perform(new Action.Answer(8)), KeyMap.inLesson(key('9')));
    }

    @Test
    void keysThatAskFirstOrStayOnScreen() {
        assertEquals(new UiCommand.Solution(), KeyMap.inLesson(key('s')));
        assertEquals(new UiCommand.Reset(), KeyMap.inLesson(key('r')));
        assertEquals(new UiCommand.CourseMap(), KeyMap.inLesson(key('l')));
        assertEquals(new UiCommand.Help(), KeyMap.inLesson(key('?')));
        assertEquals(new UiCommand.Quit(), KeyMap.inLesson(key('q')));
        assertEquals(new UiCommand.Quit(), KeyMap.onMap(new KeyStroke('c', true, false)));
        assertEquals(new UiCommand.Confirm(), KeyMap.inLesson(new KeyStroke(KeyType.Enter)));
        assertEquals(new UiCommand.Move(1, true), KeyMap.inLesson(new KeyStroke(KeyType.PageDown)));
        assertEquals(new UiCommand.Jump(true), KeyMap.inLesson(new KeyStroke(KeyType.End)));
    }

    @Test
    void colonSlashOrAnUnboundLetterStartTheCommandLine() {
        assertEquals(new UiCommand.CommandLine(""), KeyMap.inLesson(key(':')));
        assertEquals(new UiCommand.CommandLine(""), KeyMap.onMap(key('/')));
        assertEquals(new UiCommand.CommandLine("d"), KeyMap.inLesson(key('d')));
        assertEquals(new UiCommand.CommandLine("d"), KeyMap.onMap(key('d')));
        assertEquals(new UiCommand.Nothing(), KeyMap.inLesson(key('%')));
    }
}
