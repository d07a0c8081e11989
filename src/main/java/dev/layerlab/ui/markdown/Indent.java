package dev.layerlab.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A prefix put before each line of a nested block: the first line may get a different one (a
 * list marker) from the rest (the same width in spaces), and styles may be added to the content
 * (a quote's). Blank lines get the prefix without its trailing spaces, so no row ends in spaces.
 */
record Indent(Span first, Span rest, Set<Style> contentStyles) {

    List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Span prefix = i == 0 ? first : rest;
            Line line = lines.get(i);
            if (line.isBlank()) {
                out.add(Line.of(new Span(prefix.text().stripTrailing(), prefix.styles())));
                continue;
            }
            List<Span> spans = new ArrayList<>(line.spans().size() + 1);
            spans.add(prefix);
            line.spans().forEach(s -> spans.add(s.plus(contentStyles)));
            out.add(new Line(spans));
        }
        return out;
    }
}
