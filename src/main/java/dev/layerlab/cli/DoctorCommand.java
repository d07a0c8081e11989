package dev.layerlab.cli;

import dev.layerlab.docker.DaemonInfo;
import dev.layerlab.docker.DockerException;
import dev.layerlab.docker.Endpoint;
import dev.layerlab.lesson.Course;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code layerlab doctor}: which daemon, how it was found, whether it answers, and the fix. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Say which Docker daemon layerlab talks to, how it was found, whether it answers, and the fix.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:all is well", "1:something needs fixing"})
final class DoctorCommand implements Callable<Integer> {

    private final Services services;

    DoctorCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = services.out();
        Endpoint endpoint = services.docker().endpoint();
        out.println("Docker daemon");
        out.println("  address:   " + endpoint.uri());
        out.println("  found by:  " + endpoint.source());
        out.println("  context:   " + endpoint.contextName());
        out.println("  looked at: " + String.join("; ", endpoint.tried()));
        int status = 0;
        try {
            DaemonInfo info = services.docker().info();
            out.println("  reachable: yes — Docker " + info.version() + " (API " + info.apiVersion() + ", "
                    + info.os() + "/" + info.arch() + ")");
        } catch (DockerException e) {
            out.println("  reachable: no — " + e.getMessage());
            if (!e.remedy().isEmpty()) {
                out.println("  fix:       " + e.remedy());
            }
            status = 1;
        }
        out.println();
        out.println("Lessons");
        Course course = services.course(null);
        out.println("  folder:    " + services.defaultLessonsDir());
        out.println("  loaded:    " + course.lessons().size() + " lesson(s), " + course.broken().size() + " broken, "
                + course.checks().all().size() + " checks");
        if (!course.problems().isEmpty()) {
            out.println("  problems:  run 'layerlab lint' to see them");
            status = 1;
        }
        out.println();
        out.println("Progress");
        out.println("  file:      " + services.progressStore().file());
        out.flush();
        return status;
    }
}
