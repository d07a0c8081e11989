package dev.layerlab.lesson.load;

import java.nio.file.Path;

/** The lessons folder does not exist; the message says how to point layerlab at one. */
public final class LessonDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LessonDirectoryException(Path dir) {
        super("no lessons folder at " + dir + " — pass --lessons DIR or run from the layerlab folder");
    }
}
