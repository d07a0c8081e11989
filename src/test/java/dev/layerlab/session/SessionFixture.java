package dev.layerlab.session;

import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.HttpGetter;
import dev.layerlab.check.Probe;
import dev.layerlab.check.primitive.StandardPrimitives;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.load.CourseLoader;
import dev.layerlab.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A session over the small fixture course, a fake daemon, and a progress file in a temporary folder. */
public final class SessionFixture implements AutoCloseable {

    public static final Path COURSE = Path.of("src/test/resources/session-course/lessons");
    public static final Path CHECKS = Path.of("checks");

    public final FakeDockerGateway docker = new FakeDockerGateway();
    public final Course course;
    public final ProgressStore store;
    public final StateRecorder recorder = new StateRecorder();
    public final Session session;

    public SessionFixture(Path home) {
        this(home, COURSE);
    }

    public SessionFixture(Path home, Path lessons) {
        this.course = new CourseLoader(StandardPrimitives.create()).load(lessons, List.of(CHECKS));
        this.store = new ProgressStore(home.resolve("progress.json"));
        this.session = newSession();
    }

    /** Another session on the same files and daemon, as after a restart. */
    public Session newSession() {
        HttpGetter noHttp = url -> new Probe.HttpReply(0, "", "connection refused");
        Session created = new Session(course, new CheckEngine(course.checks(), docker, noHttp), docker, store,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        created.addListener(recorder);
        return created;
    }

    @Override
    public void close() {
        session.close();
    }
}
