package dev.layerlab.ui.tui;

import dev.layerlab.session.CommandGuard;
import java.util.ArrayList;
import java.util.List;

/** The questions the interface asks before it does something that cannot be taken back. */
final class Prompts {

    private Prompts() {
    }

    static ConfirmDialog showSolution(Runnable yes) {
        return new ConfirmDialog("Solution", List.of("Trying first teaches more; a hint (h) may be enough."),
                "Show the solution?", yes);
    }

    static ConfirmDialog runSolution(List<String> solution, Runnable yes) {
        List<String> lines = new ArrayList<>();
        solution.forEach(line -> lines.add("$ " + line));
        return new ConfirmDialog("Run the solution?", lines, "Run it now?", yes);
    }

    /** @param plan what a reset removes, as {@code Session.resetPlan()} lists it */
    static ConfirmDialog reset(String lessonId, List<String> plan, Runnable yes) {
        List<String> lines = new ArrayList<>();
        if (plan.isEmpty()) {
            lines.add("Reset forgets your progress in this lesson. None of its Docker objects exist now.");
        } else {
            lines.add("Reset forgets your progress in this lesson and removes exactly:");
            plan.forEach(object -> lines.add("  " + object));
            lines.add("Nothing else is touched.");
        }
        return new ConfirmDialog("Reset \"" + lessonId + "\"", lines, "Reset the lesson?", yes);
    }

    static ConfirmDialog beyondTheLesson(String commandLine, CommandGuard.Warning warning, Runnable yes) {
        List<String> lines = new ArrayList<>();
        lines.add("$ " + commandLine);
        lines.add("");
        lines.add(warning.reason() + ", not only what this lesson made. It would remove:");
        warning.objects().forEach(object -> lines.add("  " + object));
        return new ConfirmDialog("This removes more than the lesson's objects", lines, "Run it anyway?", yes);
    }
}
