package dev.layerlab.docker;

/** The daemon accepted a call but did not answer in time. */
public class DockerTimeoutException extends DockerException {

    private static final long serialVersionUID = 1L;

    public DockerTimeoutException(String message, String remedy) {
        super(message, remedy);
    }
}
