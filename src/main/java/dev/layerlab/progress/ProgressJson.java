package dev.layerlab.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of {@link Progress}, through Jackson's tree model so that the records stay free
 * of annotations. Fields this version does not know are ignored, so a file written by a later
 * build of the same format version still loads.
 */
final class ProgressJson {

    /** Content that is not a progress file this build can read; the message says why. */
    static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    String write(Progress progress) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", Progress.CURRENT_VERSION);
        root.put("currentLesson", progress.currentLesson());
        ObjectNode lessons = root.putObject("lessons");
        progress.lessons().forEach((id, p) -> writeLesson(lessons.putObject(id), p));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void writeLesson(ObjectNode node, LessonProgress p) {
        node.put("currentStep", p.currentStep());
        ArrayNode done = node.putArray("doneSteps");
        p.doneSteps().forEach(done::add);
        ObjectNode captures = node.putObject("captures");
        p.captures().forEach(captures::put);
        ObjectNode answers = node.putObject("answers");
        p.answers().forEach(answers::put);
        node.put("completedAt", p.completedAt() == null ? null : p.completedAt().toString());
    }

    Progress read(String json) throws FormatException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormatException("it is not valid JSON (line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FormatException("it is not a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() < 1) {
            throw new FormatException("it has no valid \"version\"");
        }
        if (version.intValue() > Progress.CURRENT_VERSION) {
            throw new FormatException("it was written by a newer layerlab (format version "
                    + version.intValue() + ", this one reads up to " + Progress.CURRENT_VERSION + ")");
        }
        String currentLesson = optionalText(root, "currentLesson", "currentLesson");
        Map<String, LessonProgress> lessons = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object(root, "lessons", "lessons").properties()) {
            lessons.put(e.getKey(), readLesson(e.getValue(), "lessons." + e.getKey()));
        }
        return new Progress(version.intValue(), currentLesson, lessons);
    }

    private static LessonProgress readLesson(JsonNode node, String where) throws FormatException {
        if (!node.isObject()) {
            throw new FormatException("\"" + where + "\" is not an object");
        }
        Set<String> done = new LinkedHashSet<>();
        JsonNode doneNode = node.get("doneSteps");
        if (doneNode != null && !doneNode.isNull()) {
            if (!doneNode.isArray()) {
                throw new FormatException("\"" + where + ".doneSteps\" is not a list");
            }
            for (JsonNode s : doneNode) {
                if (!s.isTextual()) {
                    throw new FormatException("\"" + where + ".doneSteps\" holds a non-string");
                }
                done.add(s.textValue());
            }
        }
        Map<String, String> captures = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object(node, "captures", where + ".captures").properties()) {
            if (!e.getValue().isTextual()) {
                throw new FormatException("\"" + where + ".captures." + e.getKey() + "\" is not a string");
            }
            captures.put(e.getKey(), e.getValue().textValue());
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object(node, "answers", where + ".answers").properties()) {
            JsonNode a = e.getValue();
            if (!a.isIntegralNumber() || !a.canConvertToInt() || a.intValue() < 0) {
                throw new FormatException("\"" + where + ".answers." + e.getKey()
                        + "\" is not a choice number");
            }
            answers.put(e.getKey(), a.intValue());
        }
        String completed = optionalText(node, "completedAt", where + ".completedAt");
        Instant completedAt;
        try {
            completedAt = completed == null ? null : Instant.parse(completed);
        } catch (DateTimeParseException e) {
            throw new FormatException("\"" + where + ".completedAt\" is not an ISO-8601 instant");
        }
        return new LessonProgress(optionalText(node, "currentStep", where + ".currentStep"),
                done, captures, answers, completedAt);
    }

    /** A field that may be absent or null, else must be a string. */
    private static String optionalText(JsonNode parent, String field, String where)
            throws FormatException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new FormatException("\"" + where + "\" is not a string");
        }
        return n.textValue();
    }

    /** A field that may be absent or null (read as empty), else must be an object. */
    private static JsonNode object(JsonNode parent, String field, String where)
            throws FormatException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!n.isObject()) {
            throw new FormatException("\"" + where + "\" is not an object");
        }
        return n;
    }
}
