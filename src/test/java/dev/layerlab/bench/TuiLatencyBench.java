package dev.layerlab.bench;

import com.googlecode.lanterna.input.KeyType;
import dev.layerlab.check.CheckEngine;
import dev.layerlab.check.JdkHttpGetter;
import dev.layerlab.check.primitive.StandardPrimitives;
import dev.layerlab.docker.DaemonEvent;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.javaclient.JavaDockerGateway;
import dev.layerlab.lesson.Course;
import dev.layerlab.lesson.load.CourseLoader;
import dev.layerlab.progress.ProgressStore;
import dev.layerlab.session.Session;
import dev.layerlab.ui.tui.HeadlessTui;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench/tui-latency.sh}: from a daemon event to the ✓ on the screen. The real session on the
 * real gateway drives the real interface on a virtual terminal, on a one-step lesson whose check is
 * {@code volume-exists: {name: lltest-e2e-latency}}. Each round creates the volume through the
 * daemon's API (one HTTP request on its socket, no CLI), times it, then removes it and waits for
 * the ✗. Three instants per round, all {@link System#nanoTime()} in this process: the create call
 * returned; the volume's {@code create} event reached the session's own subscription (the gateway
 * is wrapped to note it before the session hears it); the first flushed frame that shows the ✓.
 */
public final class TuiLatencyBench {

    private static final String USAGE = "usage: tui-latency.sh [--events 50] [--warmup 5]";
    private static final String VOLUME = "lltest-e2e-latency";
    private static final String PASSED = "✓ volume \"" + VOLUME + "\" exists";
    private static final String FAILED = "✗ volume \"" + VOLUME + "\" exists";
    private static final String LESSON = """
            version: 1
            id: latency
            title: Event to check mark
            track: bench
            steps:
              - id: volume
                title: A volume
                task: Create the volume.
                checks:
                  - volume-exists: { name: %s }
                solution:
                  - docker volume create %s
            cleanup:
              volumes: [%s]
            """.formatted(VOLUME, VOLUME, VOLUME);

    private volatile String awaited;
    private volatile CountDownLatch shown = new CountDownLatch(0);
    private volatile long shownAt;
    private volatile long eventAt;

    private TuiLatencyBench() {
    }

    public static void main(String[] argv) throws Exception {
        int events = 50;
        int warmup = 5;
        for (int i = 0; i < argv.length; i++) {
            switch (argv[i]) {
                case "--events" -> events = Integer.parseInt(argv[++i]);
                case "--warmup" -> warmup = Integer.parseInt(argv[++i]);
                default -> throw new IllegalArgumentException("unknown option " + argv[i] + "\n" + USAGE);
            }
        }
        new TuiLatencyBench().run(events, warmup);
    }

    private void run(int events, int warmup) throws Exception {
        Path dir = Files.createTempDirectory("lltest-e2e-latency");
        Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(dir.resolve("lessons/latency.yaml"), LESSON);
        Course course = new CourseLoader(StandardPrimitives.create()).load(dir.resolve("lessons"),
                List.of(Path.of("checks").toAbsolutePath()));
        if (course.lessons().size() != 1) {
            throw new IllegalStateException("the bench lesson did not load: " + course.problems());
        }
        DockerApi api = new DockerApi(Path.of(dockerSocket()));
        api.request("DELETE", "/volumes/" + VOLUME, null);
        DockerGateway real = JavaDockerGateway.connect(System.getenv(), Path.of(System.getProperty("user.home")));
        DockerGateway gateway = noteEvents(real);
        Session session = new Session(course, new CheckEngine(course.checks(), gateway, new JdkHttpGetter()), gateway,
                new ProgressStore(dir.resolve("progress.json")), Clock.systemUTC());
        Timings fromEvent = new Timings();
        Timings fromReturn = new Timings();
        Timings fromCall = new Timings();
        try (HeadlessTui tui = new HeadlessTui(session, 100, 30)) {
            tui.onFlush(() -> {
                String text = awaited;
                if (text != null && tui.screen().contains(text)) {
                    shownAt = System.nanoTime();
                    awaited = null;
                    shown.countDown();
                }
            });
            await(tui, "Course map", false, () -> { });
            await(tui, FAILED, false, () -> tui.press(KeyType.Enter));
            System.out.printf("tui-latency: %d rounds (+%d warm-up), volume %s on %s%n", events, warmup, VOLUME,
                    real.endpoint().uri());
            for (int round = 0; round < warmup + events; round++) {
                eventAt = 0;
                long[] call = new long[2];
                await(tui, PASSED, true, () -> {
                    call[0] = System.nanoTime();
                    api.request("POST", "/volumes/create", "{\"Name\":\"" + VOLUME + "\"}");
                    call[1] = System.nanoTime();
                });
                if (round >= warmup) {
                    if (eventAt == 0) {
                        throw new IllegalStateException("the ✓ showed before the session heard the event");
                    }
                    fromEvent.add(shownAt - eventAt);
                    fromReturn.add(shownAt - call[1]);
                    fromCall.add(shownAt - call[0]);
                }
                await(tui, FAILED, false, () -> api.request("DELETE", "/volumes/" + VOLUME, null));
                Thread.sleep(300);
            }
        } finally {
            api.request("DELETE", "/volumes/" + VOLUME, null);
            session.close();
            real.close();
        }
        System.out.printf("%-44s %8s %8s %8s%n", "interval (ms)", "median", "p95", "max");
        row("event at the session's subscription -> ✓", fromEvent);
        row("create call returned -> ✓", fromReturn);
        row("create call made -> ✓", fromCall);
        System.out.println("✓ = the first frame flushed to the virtual terminal that shows it; budget (DESIGN §7): < 250 ms");
    }

    private static void row(String name, Timings timings) {
        System.out.printf("%-44s %8.1f %8.1f %8.1f%n", name, timings.medianMillis(), timings.p95Millis(), timings.maxMillis());
    }

    /**
     * Arms the frame listener for {@code text}, does {@code action}, waits (10 s at most) for a frame
     * that shows it. Untimed waits also accept the text already on the screen.
     */
    private void await(HeadlessTui tui, String text, boolean timed, Action action) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        shown = latch;
        awaited = text;
        action.run();
        if (!timed && tui.screen().contains(text)) {
            awaited = null;
            return;
        }
        if (!latch.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame showed \"" + text + "\" within 10 s; the screen:\n" + tui.screen());
        }
    }

    /** The gateway, with the time noted when a {@code create} event of the volume reaches a subscriber. */
    private DockerGateway noteEvents(DockerGateway real) {
        return (DockerGateway) Proxy.newProxyInstance(DockerGateway.class.getClassLoader(), new Class<?>[] {DockerGateway.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("subscribe")) {
                        DaemonListener listener = (DaemonListener) args[0];
                        return real.subscribe(new DaemonListener() {
                            @Override
                            public void onEvent(DaemonEvent event) {
                                if (event.type().equals("volume") && event.action().equals("create") && event.id().equals(VOLUME)) {
                                    eventAt = System.nanoTime();
                                }
                                listener.onEvent(event);
                            }

                            @Override
                            public void onConnection(boolean reachable, String message) {
                                listener.onConnection(reachable, message);
                            }
                        });
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String dockerSocket() {
        String host = System.getenv("DOCKER_HOST");
        return host != null && host.startsWith("unix://") ? host.substring("unix://".length()) : "/var/run/docker.sock";
    }

    private interface Action {
        void run() throws Exception;
    }
}
