package dev.layerlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --lessons DIR}, shared by the commands that work on a course. */
final class LessonPackOption {

    @Option(names = "--lessons", paramLabel = "DIR", description = "Use the lesson pack in DIR instead of the built-in course.")
    Path dir;
}
