package dev.layerlab.lesson;

/**
 * Something wrong in a lesson or check file, at a position an editor can jump to.
 *
 * @param file the file as the author named it (relative to where lint was run when possible)
 * @param line 1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param message one line that says what is wrong and what to write instead
 */
public record Problem(String file, int line, int column, String message) {

    /** {@code file:line:col: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + Math.max(column, 1) + ": " + message;
    }
}
