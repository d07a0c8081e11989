package dev.layerlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands' exit codes and one-line errors, over fake services. */
class CommandsTest {

    @TempDir
    Path home;

    private int run(FakeServices services, String... args) {
        return Cli.run(services, false, args);
    }

    @Test
    void resetAsksFirstAndRemovesOnlyWhatTheLessonNames() {
        FakeServices services = new FakeServices(home);
        services.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING));
        services.docker.addContainer(FakeDockerGateway.newContainer("mine", "nginx", ContainerState.RUNNING));
        services.input.add("y");

        assertEquals(0, run(services, "reset", "demo"), services.err.toString());

        assertTrue(services.out.toString().contains("This removes: container \"web\""), services.out.toString());
        assertTrue(services.docker.container("web").isEmpty());
        assertTrue(services.docker.container("mine").isPresent());
    }

    @Test
    void resetWithoutAYesChangesNothing() {
        FakeServices services = new FakeServices(home);
        services.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING));
        services.input.add("n");

        assertEquals(1, run(services, "reset", "demo"));
        assertTrue(services.docker.container("web").isPresent());
    }

    @Test
    void aResetThatCannotReachTheDaemonFailsInOneLine() {
        FakeServices services = new FakeServices(home);
        services.docker.setUnreachable(true);

        int exit = run(services, "reset", "demo", "--yes");

        assertEquals(ErrorHandler.DOCKER, exit, services.out + "\n" + services.err);
        String err = services.err.toString();
        assertTrue(err.startsWith("layerlab: "), err);
        assertFalse(err.contains("Exception"), "no exception names or stack traces: " + err);
        assertFalse(services.out.toString().contains("back at its start"), services.out.toString());
    }

    @Test
    void anUnknownLessonSaysWhereToLook() {
        FakeServices services = new FakeServices(home);

        assertEquals(1, run(services, "reset", "nope"));
        assertTrue(services.err.toString().contains("no lesson \"nope\""), services.err.toString());
        assertTrue(services.err.toString().contains("fix: 'layerlab progress' lists the lessons"), services.err.toString());
    }

    @Test
    void lintReportsEveryProblemWithItsPositionAndFails() {
        FakeServices services = new FakeServices(home);

        assertEquals(1, run(services, "lint"));
        assertTrue(services.out.toString().contains("03-broken.yaml:8:9: unknown check \"no-such-check\""), services.out.toString());
        assertTrue(services.out.toString().contains("1 problem"), services.out.toString());
    }

    @Test
    void progressAsJson() {
        FakeServices services = new FakeServices(home);

        assertEquals(0, run(services, "progress", "--json"));
        String json = services.out.toString();
        assertTrue(json.contains("\"id\": \"demo\"") && json.contains("\"status\": \"next\""), json);
        assertTrue(json.contains("\"status\": \"broken\""), json);
    }
}
