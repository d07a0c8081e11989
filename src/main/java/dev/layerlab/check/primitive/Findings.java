package dev.layerlab.check.primitive;

import dev.layerlab.check.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts a primitive checked about one object that exists. Passed: what was seen, then every
 * fact that held. Failed: {@code found it, but} and every fact that did not hold.
 */
final class Findings {

    private final List<String> held = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    /**
     * @param holds whether the fact holds
     * @param whenHeld said when it holds, null to say nothing more than the opening
     * @param whenMissed said when it does not
     */
    Findings fact(boolean holds, String whenHeld, String whenMissed) {
        if (holds) {
            if (whenHeld != null) {
                held.add(whenHeld);
            }
        } else {
            missed.add(whenMissed);
        }
        return this;
    }

    Observation observation(String seen) {
        if (!missed.isEmpty()) {
            return Observation.fail("found it, but " + String.join(" and ", missed));
        }
        return Observation.pass(held.isEmpty() ? seen : seen + "; " + String.join(", ", held));
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** At most {@code max} characters of one line, for quoting content back to the learner. */
    static String excerpt(String text, int max) {
        String line = text.strip();
        int end = line.indexOf('\n');
        if (end >= 0) {
            line = line.substring(0, end).strip();
        }
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }
}
