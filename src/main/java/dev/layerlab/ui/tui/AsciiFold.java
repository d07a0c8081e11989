package dev.layerlab.ui.tui;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text for a terminal that can only show ASCII: typographic marks become their ASCII cousins,
 * accents are dropped, and anything else becomes {@code ?} rather than garbage.
 */
final class AsciiFold {

    private static final Map<Integer, String> MARKS = Map.ofEntries(
            Map.entry((int) '—', "-"), Map.entry((int) '–', "-"), Map.entry((int) '·', "-"),
            Map.entry((int) '…', "..."), Map.entry((int) '“', "\""), Map.entry((int) '”', "\""),
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '→', "->"),
            Map.entry((int) '←', "<-"), Map.entry((int) '×', "x"), Map.entry((int) '•', "*"),
            Map.entry((int) '✓', "[x]"), Map.entry((int) '✗', "[ ]"), Map.entry((int) '\u00a0', " "));

    private AsciiFold() {
    }

    static String fold(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else if (MARKS.containsKey(cp)) {
                out.append(MARKS.get(cp));
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                out.append(base.length() == 1 && base.charAt(0) < 128 ? base : "?");
            }
        });
        return out.toString();
    }
}
