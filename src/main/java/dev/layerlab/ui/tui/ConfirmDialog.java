package dev.layerlab.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.layerlab.ui.tui.Theme.Role;
import java.util.ArrayList;
import java.util.List;

/** A question over the screen, answered with y or n (Enter and Esc mean no: nothing happens by accident). */
final class ConfirmDialog {

    private final String title;
    private final List<String> lines;
    private final String question;
    private final Runnable onYes;

    ConfirmDialog(String title, List<String> lines, String question, Runnable onYes) {
        this.title = title;
        this.lines = List.copyOf(lines);
        this.question = question;
        this.onYes = onYes;
    }

    /** Handles a key; true when the dialog is answered and should close. */
    boolean key(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.Enter) {
            return true;
        }
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown()) {
            return false;
        }
        char c = Character.toLowerCase(key.getCharacter());
        if (c == 'y') {
            onYes.run();
            return true;
        }
        return c == 'n' || c == 'q';
    }

    void draw(ScreenWriter writer, Theme theme) {
        int width = Math.max(30, writer.size().getColumns() - 10);
        List<Row> content = new ArrayList<>();
        content.add(Row.blank());
        int room = Math.max(1, writer.size().getRows() - 8);
        List<String> wrapped = new ArrayList<>();
        lines.forEach(line -> wrapped.addAll(Wrap.words(line, width)));
        for (int i = 0; i < wrapped.size() && content.size() <= room; i++) {
            boolean last = content.size() == room && i < wrapped.size() - 1;
            content.add(Row.of(last ? "... and " + (wrapped.size() - i) + " more lines" : wrapped.get(i),
                    theme.paint(Role.DIALOG)));
        }
        content.add(Row.blank());
        content.add(new Row().add(question + " ", theme.paint(Role.DIALOG).over(theme.paint(Role.NOTICE)))
                .add("[y/N]", theme.paint(Role.DIALOG).over(theme.paint(Role.KEY))));
        writer.box(title, content, theme.paint(Role.DIALOG), theme.unicode());
    }
}
