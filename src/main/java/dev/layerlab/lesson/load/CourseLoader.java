package dev.layerlab.lesson.load;

import dev.layerlab.check.CheckDefinition;
import dev.layerlab.check.CheckRegistry;
import dev.layerlab.check.Primitives;
import dev.layerlab.lesson.BrokenLesson;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.Lesson;
import dev.layerlab.lesson.Problem;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a course: the check files first, then every lesson file, then the checks between
 * lessons. Content problems never throw: a broken check is left out of the registry, a broken
 * lesson becomes a {@link BrokenLesson}, and every problem is in {@link Course#problems()}.
 */
public final class CourseLoader {

    private final Primitives primitives;
    private final YamlParser parser = new YamlParser();

    public CourseLoader(Primitives primitives) {
        this.primitives = primitives;
    }

    /**
     * Loads every {@code *.yaml}/{@code *.yml} in {@code lessonsDir} (sorted by file name, which
     * is the course order), with the checks from each of {@code checkDirs} (missing ones are
     * skipped). Never throws for content problems.
     *
     * @throws LessonDirectoryException when {@code lessonsDir} is not a folder
     */
    public Course load(Path lessonsDir, List<Path> checkDirs) {
        if (!Files.isDirectory(lessonsDir)) {
            throw new LessonDirectoryException(lessonsDir);
        }
        List<Problem> problems = new ArrayList<>();
        CheckRegistry registry = loadChecks(checkDirs, problems);
        LessonReader reader = new LessonReader(registry);
        List<LessonDraft> drafts = new ArrayList<>();
        for (Path file : yamlFiles(lessonsDir, problems)) {
            FileProblems fileProblems = new FileProblems(lessonsDir.resolve(file.getFileName()).toString());
            Optional<Node> root = parse(file, "a lesson starts with `version: 1`", fileProblems);
            drafts.add(root.map(r -> reader.read(file.getFileName().toString(), r, fileProblems))
                    .orElseGet(() -> new LessonDraft(file.getFileName().toString(), null, null, null, List.of(), null, fileProblems)));
        }
        new CourseValidator().validate(drafts);
        List<Lesson> lessons = new ArrayList<>();
        List<BrokenLesson> broken = new ArrayList<>();
        for (LessonDraft draft : drafts) {
            if (draft.problems().isEmpty() && draft.lesson() != null) {
                lessons.add(draft.lesson());
            } else {
                List<Problem> own = draft.problems().sorted();
                broken.add(new BrokenLesson(draft.problems().file(), draft.id() != null ? draft.id() : draft.fileName(),
                        draft.title() != null ? draft.title() : draft.fileName(), own));
                problems.addAll(own);
            }
        }
        problems.sort(FileProblems.ORDER);
        return new Course(lessons, broken, problems, registry);
    }

    private CheckRegistry loadChecks(List<Path> checkDirs, List<Problem> problems) {
        Map<String, CheckDefinition> defined = new LinkedHashMap<>();
        CheckFileReader reader = new CheckFileReader(primitives);
        for (Path dir : checkDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : yamlFiles(dir, problems)) {
                FileProblems fileProblems = new FileProblems(dir.resolve(file.getFileName()).toString());
                parse(file, "a check file starts with `version: 1`", fileProblems)
                        .ifPresent(root -> reader.read(root, defined, fileProblems));
                problems.addAll(fileProblems.sorted());
            }
        }
        return new CheckRegistry(primitives, defined.values());
    }

    private Optional<Node> parse(Path file, String emptyHint, FileProblems problems) {
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            problems.whole("not UTF-8 text; save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.whole("cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        int before = problems.count();
        Optional<Node> root = parser.parse(text, problems);
        if (root.isEmpty() && problems.count() == before) {
            problems.whole("the file is empty; " + emptyHint);
        }
        return root;
    }

    private static List<Path> yamlFiles(Path dir, List<Problem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(f);
            }).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }
}
