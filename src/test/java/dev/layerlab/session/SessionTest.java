package dev.layerlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.check.CheckResult;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.DaemonEvent;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.progress.LessonProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {

    private static final DaemonEvent PULL = new DaemonEvent("image", "pull", "nginx:latest", Map.of());

    @TempDir
    Path home;

    private SessionFixture fixture;
    private Session session;

    @BeforeEach
    void start() {
        fixture = new SessionFixture(home);
        session = fixture.session;
        session.start().join();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aFailingCheckSaysWhatItObserved() {
        SessionState state = session.perform(new Action.Open("demo")).join();

        assertEquals("pull", state.step().id());
        CheckResult result = state.results().get(0);
        assertEquals(CheckResult.Status.FAILED, result.status());
        assertEquals("image \"nginx\" is present locally", result.title());
        assertTrue(result.observed().contains("no image \"nginx\""), result.observed());
        assertFalse(state.stepDone());
    }

    @Test
    void aDaemonEventRerunsTheChecksAndCompletesTheStep() {
        session.perform(new Action.Open("demo")).join();
        fixture.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));

        fixture.docker.fireEvent(PULL);

        SessionState done = fixture.recorder.await("the pull step is done", s -> s.stepDone() && s.allPassed());
        assertEquals("pull", done.step().id());
        LessonProgress saved = fixture.store.load().lesson("demo");
        assertTrue(saved.doneSteps().contains("pull"));
        assertEquals(fixture.docker.image("nginx").orElseThrow().id(), saved.captures().get("nginx_id"));
        assertTrue(fixture.recorder.notices().stream().anyMatch(n -> n.equals("Step done")));
    }

    @Test
    void aDoneStepNeverSkipsAheadByItself() {
        fixture.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
        SessionState state = session.perform(new Action.Open("demo")).join();

        assertTrue(state.stepDone());
        assertEquals(0, state.stepIndex());
        assertEquals(1, session.perform(new Action.Next()).join().stepIndex());
    }

    @Test
    void progressIsResumedAfterARestart() {
        fixture.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
        session.perform(new Action.Open("demo")).join();
        session.perform(new Action.Next()).join();
        session.close();

        try (Session restarted = fixture.newSession()) {
            restarted.start().join();
            assertEquals("demo", restarted.resumeLessonId().orElseThrow());
            SessionState resumed = restarted.perform(new Action.Open("demo")).join();
            assertEquals("guess", resumed.step().id());
        }
    }

    @Test
    void hintsAreRevealedOneAtATime() {
        session.perform(new Action.Open("demo")).join();

        assertEquals(1, session.perform(new Action.Hint()).join().hintsShown());
        assertEquals(2, session.perform(new Action.Hint()).join().hintsShown());
        assertEquals(2, session.perform(new Action.Hint()).join().hintsShown());
        assertTrue(fixture.recorder.notices().stream().anyMatch(n -> n.startsWith("No more hints")));
    }

    @Test
    void aPredictionIsSavedAndShownInTheNextStep() {
        session.perform(new Action.Open("demo")).join();
        session.perform(new Action.Next()).join();

        SessionState answered = session.perform(new Action.Answer(1)).join();
        assertEquals(1, answered.answer());
        assertTrue(answered.stepDone(), "a quiz-only step is done once answered");

        SessionState next = session.perform(new Action.Next()).join();
        assertNotNull(next.prediction());
        assertEquals("No", next.prediction().chosen());
        assertEquals("Will it survive?", next.prediction().question());
    }

    @Test
    void anImpossibleAnswerIsToldAndNotSaved() {
        session.perform(new Action.Open("demo")).join();
        assertEquals(-1, session.perform(new Action.Answer(0)).join().answer());
        session.perform(new Action.Next()).join();

        SessionState answered = session.perform(new Action.Answer(6)).join();

        assertEquals(-1, answered.answer());
        assertFalse(answered.stepDone());
        assertTrue(fixture.recorder.notices().contains("This step has no question to answer"),
                fixture.recorder.notices().toString());
        assertTrue(fixture.recorder.notices().contains("There is no choice 7"), fixture.recorder.notices().toString());
    }

    @Test
    void capturedValuesFeedLaterChecks() {
        fixture.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
        fixture.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).id("a".repeat(64)));
        session.perform(new Action.Open("demo")).join();
        session.perform(new Action.Next()).join();
        SessionState run = session.perform(new Action.Next()).join();
        assertTrue(run.allPassed(), run.results().toString());

        SessionState recreate = session.perform(new Action.Next()).join();
        assertFalse(recreate.allPassed(), "the same container is not a new one");
        fixture.docker.dropContainer("web");
        fixture.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).id("b".repeat(64)));
        assertTrue(session.perform(new Action.Check()).join().allPassed());
    }

    @Test
    void finishingTheLastStepCompletesTheLesson() {
        session.perform(new Action.Open("second")).join();
        fixture.docker.addVolume("data");
        assertTrue(session.perform(new Action.Check()).join().stepDone());

        SessionState finished = session.perform(new Action.Next()).join();

        assertTrue(finished.lessonFinished());
        assertNotNull(fixture.store.load().lesson("second").completedAt());
        LessonSummary row = session.overview().stream().filter(r -> r.id().equals("second")).findFirst().orElseThrow();
        assertEquals(LessonSummary.Status.DONE, row.status());
    }

    @Test
    void theCourseMapShowsNextAndBrokenLessons() {
        List<LessonSummary> rows = session.overview();

        assertEquals(List.of("demo", "second", "broken"), rows.stream().map(LessonSummary::id).toList());
        assertEquals(LessonSummary.Status.NEXT, rows.get(0).status());
        assertEquals(LessonSummary.Status.NOT_STARTED, rows.get(1).status());
        assertEquals(LessonSummary.Status.BROKEN, rows.get(2).status());
        assertTrue(rows.get(2).problem().contains("03-broken.yaml:8:"), rows.get(2).problem());
    }

    @Test
    void resetRemovesOnlyWhatTheLessonNames() {
        fixture.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
        fixture.docker.addContainer(FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING));
        fixture.docker.addContainer(FakeDockerGateway.newContainer("mine", "nginx", ContainerState.RUNNING));
        session.perform(new Action.Open("demo")).join();
        session.perform(new Action.Next()).join();

        assertEquals(List.of("container \"web\""), session.resetPlan().join());
        SessionState reset = session.perform(new Action.Reset()).join();

        assertEquals(0, reset.stepIndex());
        assertTrue(fixture.docker.container("mine").isPresent(), "the learner's own container stays");
        assertTrue(fixture.docker.container("web").isEmpty());
        assertTrue(fixture.docker.image("nginx").isPresent(), "images the lesson uses stay");
        LessonProgress saved = fixture.store.load().lesson("demo");
        assertEquals("pull", saved.currentStep());
        assertEquals(List.of("pull"), List.copyOf(saved.doneSteps()), "only the first step, verified again at once");
    }

    @Test
    void aLostDaemonPausesChecksAndTheyResumeWhenItReturns() {
        session.perform(new Action.Open("demo")).join();
        fixture.docker.setUnreachable(true);
        fixture.docker.fireConnection(false, "the event stream ended");

        SessionState lost = fixture.recorder.await("the daemon is lost", s -> s.daemon().phase() == DaemonStatus.Phase.LOST);
        assertTrue(lost.daemon().describe().contains("checks paused"), lost.daemon().describe());

        fixture.docker.setUnreachable(false);
        fixture.docker.addImage(FakeDockerGateway.newImage("nginx:latest"));
        fixture.recorder.clear();
        fixture.docker.fireConnection(true, "Docker is back");

        SessionState back = fixture.recorder.await("checks pass again", s -> s.daemon().reachable() && s.allPassed());
        assertEquals("pull", back.step().id());
    }

    @Test
    void actionsThatNeedALessonSaySo() {
        session.perform(new Action.Hint()).join();

        assertTrue(fixture.recorder.notices().stream().anyMatch(n -> n.contains("no lesson is open")),
                fixture.recorder.notices().toString());
        assertNull(session.state().lesson());
    }
}
