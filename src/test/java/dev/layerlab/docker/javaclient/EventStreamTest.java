package dev.layerlab.docker.javaclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventActor;
import com.github.dockerjava.api.model.EventType;
import dev.layerlab.docker.DaemonEvent;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DaemonUnreachableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private final DaemonListener listener = new DaemonListener() {
        @Override
        public void onEvent(DaemonEvent event) {
            heard.add("event " + event.type() + " " + event.action() + " " + event.id() + " " + event.attributes());
        }

        @Override
        public void onConnection(boolean reachable, String message) {
            heard.add((reachable ? "up " : "down ") + message);
        }
    };

    @Test
    void reportsLossAtOnceAndRecoversWithBackOff() throws Exception {
        AtomicBoolean daemonUp = new AtomicBoolean(true);
        AtomicInteger probes = new AtomicInteger();
        AtomicReference<EventCallback> open = new AtomicReference<>();
        EventStream stream = new EventStream(() -> {
            probes.incrementAndGet();
            if (!daemonUp.get()) {
                throw new DaemonUnreachableException("Cannot reach the Docker daemon", "start it", null);
            }
            return "Docker 99";
        }, callback -> {
            open.set(callback);
            callback.onStart(() -> { });
        }, listener, Duration.ofSeconds(1)).start();
        try {
            assertEquals("up Docker 99", next());

            Event event = new Event("create", "abc", "img", 1L).withType(EventType.CONTAINER).withAction("create")
                    .withEventActor(new EventActor().withId("abc").withAttributes(Map.of("name", "web")));
            open.get().onNext(event);
            assertEquals("event container create abc {name=web}", next());

            daemonUp.set(false);
            long lost = System.nanoTime();
            open.get().onError(new java.io.IOException("connection reset"));
            String down = next();
            assertTrue(down.startsWith("down the connection to the daemon broke; is Docker stopping or restarting?"), down);
            assertTrue((System.nanoTime() - lost) / 1_000_000 < 1000, "loss reported late");

            // Several failed probes, spaced out, and no repeated "down" reports.
            Thread.sleep(1200);
            int failedProbes = probes.get() - 1;
            assertTrue(failedProbes >= 2 && failedProbes <= 5, "probes while down: " + failedProbes);
            assertEquals(null, heard.poll());

            daemonUp.set(true);
            assertEquals("up Docker 99", next());
        } finally {
            stream.close();
        }
    }

    @Test
    void closeStopsPromptlyAndSilently() throws Exception {
        AtomicReference<EventCallback> open = new AtomicReference<>();
        EventStream stream = new EventStream(() -> "Docker 99", callback -> {
            open.set(callback);
            callback.onStart(() -> { });
        }, listener, Duration.ofSeconds(1)).start();
        assertEquals("up Docker 99", next());

        long start = System.nanoTime();
        stream.close();
        assertTrue((System.nanoTime() - start) / 1_000_000 < 600);
        // docker-java reports the interrupted read after close: it must not reach the listener.
        open.get().onError(new java.nio.channels.ClosedByInterruptException());
        assertEquals(null, heard.poll(300, TimeUnit.MILLISECONDS));
    }

    @Test
    void anUnreachableDaemonAtStartIsReportedOnce() throws Exception {
        EventStream stream = new EventStream(() -> {
            throw new DaemonUnreachableException("Cannot reach the Docker daemon at X", "start it", null);
        }, callback -> { }, listener, Duration.ofSeconds(1)).start();
        try {
            assertEquals("down Cannot reach the Docker daemon at X", next());
            assertEquals(null, heard.poll(1000, TimeUnit.MILLISECONDS));
        } finally {
            stream.close();
        }
        assertEquals(List.of(), List.copyOf(heard));
    }

    private String next() throws InterruptedException {
        String line = heard.poll(3, TimeUnit.SECONDS);
        assertTrue(line != null, "nothing heard");
        return line;
    }
}
