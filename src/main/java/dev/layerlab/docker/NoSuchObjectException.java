package dev.layerlab.docker;

/** The container, image, volume or network named does not exist. */
public class NoSuchObjectException extends DockerException {

    private static final long serialVersionUID = 1L;

    public NoSuchObjectException(String message) {
        super(message, "");
    }
}
