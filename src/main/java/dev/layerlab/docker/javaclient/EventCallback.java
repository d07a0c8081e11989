package dev.layerlab.docker.javaclient;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import dev.layerlab.docker.DaemonEvent;
import dev.layerlab.docker.DaemonListener;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One connection of the event stream: passes events to the listener and remembers how the
 * stream ended. Written directly against {@link ResultCallback} rather than its adapter, whose
 * error handling logs and closes in ways this stream does not want.
 */
final class EventCallback implements ResultCallback<Event> {

    private final DaemonListener listener;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Closeable stream;
    private volatile boolean closed;
    private volatile String endReason = "the daemon closed the connection";

    EventCallback(DaemonListener listener) {
        this.listener = listener;
    }

    @Override
    public void onStart(Closeable closeable) {
        stream = closeable;
        if (closed) {
            close(); // closed before the stream began: release it now
        }
        started.countDown();
    }

    @Override
    public void onNext(Event event) {
        if (closed) {
            return;
        }
        String type = event.getType() == null ? "" : event.getType().getValue();
        String action = event.getAction() != null ? event.getAction() : ContainerMapper.orDefault(event.getStatus(), "");
        Map<String, String> attributes = event.getActor() == null ? null : event.getActor().getAttributes();
        String id = event.getActor() != null && event.getActor().getId() != null ? event.getActor().getId()
                : ContainerMapper.orDefault(event.getId(), "");
        try {
            listener.onEvent(new DaemonEvent(type, action, id, ContainerMapper.labels(attributes)));
        } catch (RuntimeException e) {
            // A failing listener must not end the stream for everyone else.
        }
    }

    @Override
    public void onError(Throwable error) {
        // After close() docker-java reports ClosedByInterruptException and the like: noise.
        if (!closed) {
            // The transport's words ("Premature end of chunk coded message body") mean nothing to a learner.
            endReason = "the connection to the daemon broke";
        }
        started.countDown();
        ended.countDown();
    }

    @Override
    public void onComplete() {
        started.countDown();
        ended.countDown();
    }

    boolean awaitStarted(long millis) throws InterruptedException {
        return started.await(millis, TimeUnit.MILLISECONDS) && ended.getCount() > 0;
    }

    boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    String endReason() {
        return endReason;
    }

    @Override
    public void close() {
        closed = true;
        Closeable s = stream;
        if (s != null) {
            try {
                s.close();
            } catch (IOException | RuntimeException e) {
                // The stream is being abandoned; a failure to close it changes nothing.
            }
        }
        ended.countDown();
    }
}
