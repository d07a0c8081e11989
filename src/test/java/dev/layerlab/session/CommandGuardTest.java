package dev.layerlab.session;

import static dev.layerlab.docker.FakeDockerGateway.newContainer;
import static dev.layerlab.docker.FakeDockerGateway.newImage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.lesson.Cleanup;
import dev.layerlab.lesson.Lesson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandGuardTest {

    private final FakeDockerGateway docker = new FakeDockerGateway();
    private final CommandGuard guard = new CommandGuard(docker);
    private final Lesson lesson = new Lesson("l", "L", "t", "", List.of(), List.of("nginx"), List.of(),
            new Cleanup(List.of("web", "scratch"), List.of("myweb:1"), List.of("labdata"), List.of()), "l.yaml");

    @BeforeEach
    void learnerAndLessonObjects() {
        docker.addImage(newImage("nginx:latest"))
                .addImage(newImage("myweb:1"))
                .addImage(newImage("postgres:16"))
                .addImage(new ImageInfo("sha256:" + "d".repeat(64), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), Map.of(), "", 1))
                .addContainer(newContainer("web", "nginx", ContainerState.RUNNING))
                .addContainer(newContainer("scratch", "nginx", ContainerState.EXITED))
                .addContainer(newContainer("old-db", "postgres:16", ContainerState.EXITED).exited(3)
                        .volume("pgdata", "/var/lib/postgresql/data"))
                .addContainer(newContainer("api", "nginx", ContainerState.RUNNING))
                .addVolume("pgdata").addVolume("labdata").addVolume("cache");
    }

    private List<String> objects(String command) {
        Optional<CommandGuard.Warning> warning = guard.review(command, lesson);
        assertTrue(warning.isPresent(), "expected a warning for " + command);
        return warning.get().objects();
    }

    @Test
    void containerPruneNamesTheLearnersStoppedContainersOnly() {
        assertEquals(List.of("container \"old-db\" (Exited (3))"), objects("docker container prune -f"));
    }

    @Test
    void systemPruneNamesStoppedContainersAndDanglingImages() {
        List<String> objects = objects("docker system prune");
        assertEquals(List.of("container \"old-db\" (Exited (3))", "image dddddddddddd (untagged)"), objects);
    }

    @Test
    void systemPruneAllWithVolumesNamesUnusedImagesAndVolumes() {
        List<String> objects = objects("docker system prune -af --volumes");
        assertTrue(objects.contains("image \"postgres:16\""), objects.toString());
        assertTrue(objects.contains("volume \"cache\""), objects.toString());
        assertTrue(objects.contains("volume \"pgdata\""), "old-db is stopped and pruned first, so its volume goes too: "
                + objects);
        assertTrue(objects.stream().noneMatch(o -> o.contains("myweb") || o.contains("labdata") || o.contains("nginx")),
                objects.toString());
    }

    @Test
    void imagePruneNamesDanglingImages() {
        assertEquals(List.of("image dddddddddddd (untagged)"), objects("docker image prune"));
    }

    @Test
    void imagePruneAllKeepsImagesInUseAndTheLessonsOwn() {
        List<String> objects = objects("docker image prune -a");
        assertEquals(List.of("image dddddddddddd (untagged)"), objects,
                "postgres:16 is used by old-db, nginx by web and api, myweb:1 is the lesson's");
    }

    @Test
    void volumePruneNamesUnmountedVolumesNotTheLessons() {
        assertEquals(List.of("volume \"cache\""), objects("docker volume prune --force"));
    }

    @Test
    void removeAllContainersNamesEveryContainerNotTheLessons() {
        assertEquals(List.of("container \"old-db\" (Exited (3))", "container \"api\" (Running)"),
                objects("docker rm -f $(docker ps -aq)"));
        assertEquals(List.of("container \"api\" (Running)"), objects("docker rm -f `docker ps -q`"));
        assertEquals(2, objects("docker ps -a -q | xargs docker rm -f").size());
        assertEquals(2, objects("docker container rm -f $(docker container ls --all -q)").size());
    }

    @Test
    void removeAllImagesNamesEveryImageNotTheLessons() {
        List<String> objects = objects("docker rmi -f $(docker images -q)");
        assertEquals(List.of("image \"nginx:latest\"", "image \"postgres:16\"", "image dddddddddddd (untagged)"), objects);
    }

    @Test
    void removeAllVolumes() {
        assertEquals(List.of("volume \"pgdata\"", "volume \"cache\""), objects("docker volume rm $(docker volume ls -q)"));
    }

    @Test
    void theReasonSaysWhatTheCommandDoes() {
        assertEquals("container prune removes every stopped container",
                guard.review("echo hi && docker container prune", lesson).orElseThrow().reason());
    }

    @Test
    void ordinaryCommandsAndTargetedRemovalsPass() {
        for (String command : List.of("docker ps -a", "docker rm -f web", "docker rmi myweb:1", "docker run -d nginx",
                "docker volume rm cache", "docker images", "docker system df")) {
            assertEquals(Optional.empty(), guard.review(command, lesson), command);
        }
    }

    @Test
    void nothingToWarnAboutWhenOnlyTheLessonsObjectsWouldGo() {
        docker.dropContainer("old-db");
        assertEquals(Optional.empty(), guard.review("docker container prune", lesson));
    }

    @Test
    void onTheCourseMapEveryObjectCounts() {
        Optional<CommandGuard.Warning> warning = guard.review("docker container prune", null);
        assertEquals(List.of("container \"scratch\" (Exited (0))", "container \"old-db\" (Exited (3))"),
                warning.orElseThrow().objects());
    }
}
