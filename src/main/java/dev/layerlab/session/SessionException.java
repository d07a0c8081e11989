package dev.layerlab.session;

/** Something the learner asked for cannot be done; the message says what, the remedy what to do. */
public class SessionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remedy;

    public SessionException(String message, String remedy) {
        super(message);
        this.remedy = remedy;
    }

    public String remedy() {
        return remedy;
    }
}
