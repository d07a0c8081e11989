package dev.layerlab.docker;

/** No daemon answers at the endpoint. The message lists every place tried and the fix. */
public class DaemonUnreachableException extends DockerException {

    private static final long serialVersionUID = 1L;

    public DaemonUnreachableException(String message, String remedy, Throwable cause) {
        super(message, remedy, cause);
    }
}
