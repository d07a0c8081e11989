package dev.layerlab.ui.tui;

import java.util.ArrayList;
import java.util.List;

/** Word wrap for the plain strings the interface writes itself (lesson Markdown goes through its renderer). */
final class Wrap {

    private Wrap() {
    }

    /**
     * {@code text} cut into lines of at most {@code width} columns, at spaces where it can; at least
     * one line. Leading spaces indent every line.
     */
    static List<String> words(String text, int width) {
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        if (!indent.isEmpty() && indent.length() < width / 2) {
            return words(text.stripLeading(), width - indent.length()).stream().map(l -> indent + l).toList();
        }
        int max = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.codePointCount(0, word.length()) > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = word.offsetByCodePoints(0, max);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            int length = line.codePointCount(0, line.length());
            if (length > 0 && length + 1 + word.codePointCount(0, word.length()) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
