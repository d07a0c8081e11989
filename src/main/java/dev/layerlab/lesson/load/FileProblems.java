package dev.layerlab.lesson.load;

import dev.layerlab.lesson.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found in one file, each at the 1-based position of the node it concerns. */
final class FileProblems {

    static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    FileProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String message) {
        at(node.getStartMark(), message);
    }

    void at(Mark mark, String message) {
        if (mark == null) {
            whole(message);
        } else {
            // SnakeYAML counts from 0; editors and CI logs count from 1.
            problems.add(new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
        }
    }

    void whole(String message) {
        problems.add(new Problem(file, 0, 0, message));
    }

    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> sorted() {
        return problems.stream().sorted(ORDER).toList();
    }
}
