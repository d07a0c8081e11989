package dev.layerlab.ui.tui;

import dev.layerlab.ui.tui.Theme.Role;
import java.util.ArrayList;
import java.util.List;

/** Every key, over the screen; any key closes it. */
final class HelpOverlay {

    private HelpOverlay() {
    }

    static void draw(ScreenWriter writer, Theme theme) {
        Paint dialog = theme.paint(Role.DIALOG);
        Paint key = dialog.over(theme.paint(Role.KEY));
        int keyWidth = KeyMap.HELP.stream().mapToInt(k -> k[0].length()).max().orElse(8) + 2;
        List<Row> rows = new ArrayList<>();
        for (String[] entry : KeyMap.HELP) {
            rows.add(new Row().add(entry[0] + " ".repeat(keyWidth - entry[0].length()), key).add(entry[1], dialog));
        }
        rows.add(Row.blank());
        rows.add(Row.of("Any key closes this help.", dialog));
        writer.box("Keys", rows, dialog, theme.unicode());
    }
}
