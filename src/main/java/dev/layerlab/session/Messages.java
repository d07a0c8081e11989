package dev.layerlab.session;

import dev.layerlab.docker.DockerException;
import dev.layerlab.progress.ProgressException;

/** Turns exceptions into the one line a learner reads. */
final class Messages {

    private Messages() {
    }

    static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String remedy = "";
        if (e instanceof DockerException d) {
            remedy = d.remedy();
        } else if (e instanceof SessionException s) {
            remedy = s.remedy();
        } else if (e instanceof ProgressException p) {
            remedy = p.remedy();
        }
        String line = remedy == null || remedy.isEmpty() ? message : message + " — " + remedy;
        return line.replace('\n', ' ');
    }
}
