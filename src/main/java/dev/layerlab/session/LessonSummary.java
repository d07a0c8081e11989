package dev.layerlab.session;

/**
 * One row of the course map.
 *
 * @param id the lesson id (the file name for a broken lesson)
 * @param title the title
 * @param track the track
 * @param done steps completed
 * @param total steps in all
 * @param status where the learner stands with it
 * @param problem for a broken lesson, its first problem as {@code file:line:col: message}; else empty
 */
public record LessonSummary(String id, String title, String track, int done, int total, Status status, String problem) {

    public enum Status { DONE, IN_PROGRESS, NEXT, NOT_STARTED, BROKEN }

    /** 0..1 */
    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }
}
