package dev.layerlab.check;

/**
 * The outcome of one check as the learner sees it.
 *
 * @param title e.g. {@code container "web" is running}
 * @param status passed, failed, or could not be evaluated
 * @param observed what was seen, e.g. {@code found it, but it is Exited (137)}
 * @param hint what to try, may be empty
 */
public record CheckResult(String title, Status status, String observed, String hint) {

    public enum Status { PASSED, FAILED, ERROR }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
