package dev.layerlab.ui.tui;

import dev.layerlab.session.Action;

/** What a key asks of the interface: a session action, or something the screen does itself. */
sealed interface UiCommand {

    /** Hand an action to the session as it is. */
    record Perform(Action action) implements UiCommand {
    }

    /** Enter: open the chosen lesson, or go on when the step is done. */
    record Confirm() implements UiCommand {
    }

    /** Show the solution, after asking. */
    record Solution() implements UiCommand {
    }

    /** Reset the lesson, after listing what it removes and asking. */
    record Reset() implements UiCommand {
    }

    /** Back to the course map. */
    record CourseMap() implements UiCommand {
    }

    record Help() implements UiCommand {
    }

    record Quit() implements UiCommand {
    }

    /** Move the reading position (lesson) or the choice (course map) by lines; pages when {@code pages}. */
    record Move(int amount, boolean pages) implements UiCommand {
    }

    /** To the top ({@code false}) or the bottom ({@code true}). */
    record Jump(boolean end) implements UiCommand {
    }

    /** Focus the command line, with this text already typed. */
    record CommandLine(String typed) implements UiCommand {
    }

    record Nothing() implements UiCommand {
    }
}
