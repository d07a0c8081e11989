package dev.layerlab.progress;

/**
 * The progress file could not be read or written because of the file system (not because of
 * its content, which is handled by moving the file aside). One-line message plus a remedy.
 */
public class ProgressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remedy;

    public ProgressException(String message, String remedy, Throwable cause) {
        super(message, cause);
        this.remedy = remedy;
    }

    /** What the learner can do about it. */
    public String remedy() {
        return remedy;
    }
}
