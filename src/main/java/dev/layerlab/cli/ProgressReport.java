package dev.layerlab.cli;

import dev.layerlab.session.LessonSummary;
import java.util.List;
import java.util.stream.Collectors;

/** The course map as text or JSON. */
final class ProgressReport {

    private ProgressReport() {
    }

    static String table(List<LessonSummary> rows) {
        StringBuilder text = new StringBuilder();
        for (LessonSummary row : rows) {
            text.append(String.format("%-12s %-28s %d/%d steps  %s%n", row.status().name().toLowerCase().replace('_', ' '),
                    row.id(), row.done(), row.total(), row.title()));
        }
        long done = rows.stream().filter(r -> r.status() == LessonSummary.Status.DONE).count();
        text.append(String.format("%d of %d lessons completed%n", done, rows.size()));
        return text.toString();
    }

    static String json(List<LessonSummary> rows) {
        return rows.stream().map(r -> String.format(
                "    {\"id\": %s, \"title\": %s, \"track\": %s, \"status\": %s, \"stepsDone\": %d, \"steps\": %d}",
                quote(r.id()), quote(r.title()), quote(r.track()), quote(r.status().name().toLowerCase()), r.done(),
                r.total())).collect(Collectors.joining(",\n", "{\n  \"lessons\": [\n", "\n  ]\n}\n"));
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
