package dev.layerlab.lesson;

import java.util.List;

/**
 * A lesson file that could not be loaded; the rest of the course loads without it.
 *
 * @param file the file
 * @param id its id when that much could be read, else the file name
 * @param title its title when that much could be read, else the file name
 * @param problems at least one
 */
public record BrokenLesson(String file, String id, String title, List<Problem> problems) {

    public BrokenLesson {
        problems = List.copyOf(problems);
    }
}
