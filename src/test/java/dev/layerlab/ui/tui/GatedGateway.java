package dev.layerlab.ui.tui;

import dev.layerlab.docker.Change;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.DaemonInfo;
import dev.layerlab.docker.DaemonListener;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.Endpoint;
import dev.layerlab.docker.EventSubscription;
import dev.layerlab.docker.HistoryEntry;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.NetworkInfo;
import dev.layerlab.docker.VolumeInfo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The fake daemon, with image look-ups held back until {@link #open()}: a check run that is visibly under way. */
final class GatedGateway implements DockerGateway {

    private final DockerGateway delegate;
    private final CountDownLatch gate = new CountDownLatch(1);

    GatedGateway(DockerGateway delegate) {
        this.delegate = delegate;
    }

    void open() {
        gate.countDown();
    }

    private void pass() {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Endpoint endpoint() {
        return delegate.endpoint();
    }

    @Override
    public DaemonInfo info() {
        return delegate.info();
    }

    @Override
    public List<ImageInfo> images() {
        pass();
        return delegate.images();
    }

    @Override
    public Optional<ImageInfo> image(String ref) {
        pass();
        return delegate.image(ref);
    }

    @Override
    public List<HistoryEntry> history(String ref) {
        return delegate.history(ref);
    }

    @Override
    public List<ContainerInfo> containers() {
        return delegate.containers();
    }

    @Override
    public Optional<ContainerInfo> container(String nameOrId) {
        return delegate.container(nameOrId);
    }

    @Override
    public Optional<byte[]> readFile(String container, String path) {
        return delegate.readFile(container, path);
    }

    @Override
    public List<Change> diff(String container) {
        return delegate.diff(container);
    }

    @Override
    public List<VolumeInfo> volumes() {
        return delegate.volumes();
    }

    @Override
    public List<NetworkInfo> networks() {
        return delegate.networks();
    }

    @Override
    public void removeContainer(String nameOrId) {
        delegate.removeContainer(nameOrId);
    }

    @Override
    public void removeImage(String ref) {
        delegate.removeImage(ref);
    }

    @Override
    public void removeVolume(String name) {
        delegate.removeVolume(name);
    }

    @Override
    public void removeNetwork(String name) {
        delegate.removeNetwork(name);
    }

    @Override
    public EventSubscription subscribe(DaemonListener listener) {
        return delegate.subscribe(listener);
    }

    @Override
    public void close() {
        open();
        delegate.close();
    }
}
