package dev.layerlab.docker.javaclient;

import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.DockerTimeoutException;
import dev.layerlab.docker.Endpoint;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what docker-java throws into layerlab's typed errors, each with a one-line message and a remedy. */
final class Failures {

    static final String START_REMEDY = "Start Docker Desktop, or `sudo systemctl start docker`; if the socket exists but "
            + "permission is denied: `sudo usermod -aG docker $USER` then log in again.";

    private static final Pattern DAEMON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Endpoint endpoint;

    Failures(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Whether the failure is about reaching the daemon at all, rather than an answer from it. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof com.github.dockerjava.api.exception.DockerException) {
                return false;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    DaemonUnreachableException unreachable(Throwable cause) {
        String message = "Cannot reach the Docker daemon at " + endpoint.uri() + " (found via " + endpoint.source() + "): "
                + diagnose(cause) + ". Tried: " + String.join("; ", endpoint.tried()) + ".";
        return new DaemonUnreachableException(message, remedy(), cause);
    }

    DockerTimeoutException timeout(String what, Duration limit) {
        return new DockerTimeoutException("The Docker daemon at " + endpoint.uri() + " did not answer (" + what + ") within "
                + seconds(limit) + ".", "The daemon accepted the connection but is stuck: restart Docker Desktop, or "
                + "`sudo systemctl restart docker`.");
    }

    /** The daemon answered with an error. */
    static DockerException refused(String what, Throwable cause) {
        return new DockerException("Docker could not " + what + ": " + daemonMessage(cause), "", cause);
    }

    /** Any failure of a call: unreachable, or the daemon's own error. */
    DockerException translate(String what, Throwable failure) {
        if (failure instanceof DockerException ours) {
            return ours;
        }
        return isConnectionFailure(failure) ? unreachable(failure) : refused(what, failure);
    }

    /** The daemon's {@code message} field from docker-java's "Status 409: {...}" text. */
    static String daemonMessage(Throwable failure) {
        String text = String.valueOf(failure.getMessage());
        Matcher m = DAEMON_MESSAGE.matcher(text);
        String message = m.find() ? m.group(1).replace("\\\"", "\"") : text;
        return message.strip().replace('\n', ' ');
    }

    private String remedy() {
        if (endpoint.source().equals("DOCKER_HOST")) {
            return START_REMEDY + " Or check DOCKER_HOST (" + endpoint.uri() + "), or unset it to use the default socket.";
        }
        if (endpoint.source().startsWith("context")) {
            return START_REMEDY + " Or switch back to the default context: `docker context use default`.";
        }
        return START_REMEDY;
    }

    private String diagnose(Throwable cause) {
        Path socket = endpoint.uri().startsWith("unix://") ? Path.of(endpoint.uri().substring("unix://".length())) : null;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof NoSuchFileException || text.contains("no such file")) {
                return "the socket file does not exist";
            }
            if (t instanceof AccessDeniedException || text.contains("permission denied")) {
                return "permission denied on the socket";
            }
            if (text.contains("connection refused")) {
                return socket != null ? "connection refused (the socket file exists but no daemon listens)" : "connection refused";
            }
            if (t instanceof SocketTimeoutException || text.contains("timed out")) {
                return "the connection timed out";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
        }
        if (socket != null && !Files.exists(socket)) {
            return "the socket file does not exist";
        }
        return String.valueOf(cause.getMessage());
    }

    static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
