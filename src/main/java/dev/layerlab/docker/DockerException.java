package dev.layerlab.docker;

/**
 * A failed daemon call, with a one-line message that a learner can read and a remedy that says
 * what to do.
 */
public class DockerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remedy;

    public DockerException(String message, String remedy, Throwable cause) {
        super(message, cause);
        this.remedy = remedy;
    }

    public DockerException(String message, String remedy) {
        this(message, remedy, null);
    }

    /** What to do about it; may be empty. */
    public String remedy() {
        return remedy;
    }
}
