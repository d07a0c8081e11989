package dev.layerlab.ui.plain;

import dev.layerlab.session.Action;
import java.util.Locale;

/** A line typed at the prompt, turned into what it asks for. */
sealed interface Typed {

    /** A session action that needs no confirmation. */
    record Perform(Action action) implements Typed {
    }

    /** Show the solution, after asking. */
    record Solution() implements Typed {
    }

    /** Reset the lesson, after listing what it removes and asking. */
    record Reset() implements Typed {
    }

    /** Show the course map. */
    record ListLessons() implements Typed {
    }

    /** Show the current step again. */
    record Show() implements Typed {
    }

    record Help() implements Typed {
    }

    record Quit() implements Typed {
    }

    /** Run a command line in the shell, with the terminal. */
    record Shell(String commandLine) implements Typed {
    }

    record Nothing() implements Typed {
    }

    /** Not understood; the message says what to type instead. */
    record Unknown(String message) implements Typed {
    }

    static Typed parse(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return new Nothing();
        }
        if (text.startsWith("docker ") || text.equals("docker") || text.startsWith("!")) {
            return new Shell(text.startsWith("!") ? text.substring(1).strip() : text);
        }
        String[] words = text.split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        return switch (verb) {
            case "check", "c" -> new Perform(new Action.Check());
            case "hint", "h" -> new Perform(new Action.Hint());
            case "solution", "s" -> new Solution();
            case "next", "n" -> new Perform(new Action.Next());
            case "back", "b", "p", "previous" -> new Perform(new Action.Back());
            case "list", "l", "map" -> new ListLessons();
            case "show", "step" -> new Show();
            case "open", "o" -> rest.isEmpty() ? new Unknown("open which lesson? e.g. open run-nginx (list shows them)")
                    : new Perform(new Action.Open(rest));
            case "answer", "a" -> answer(rest);
            case "reset" -> new Reset();
            case "help", "?" -> new Help();
            case "quit", "q", "exit" -> new Quit();
            default -> text.matches("\\d+") ? answer(text)
                    : new Unknown("\"" + verb + "\" is not a command — type help, or a docker command to run it");
        };
    }

    private static Typed answer(String number) {
        if (!number.matches("\\d{1,2}")) {
            return new Unknown("answer with the number of a choice, e.g. answer 2");
        }
        return new Perform(new Action.Answer(Integer.parseInt(number) - 1));
    }
}
