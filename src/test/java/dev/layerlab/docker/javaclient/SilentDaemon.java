package dev.layerlab.docker.javaclient;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A unix socket that accepts connections and never answers: a hung daemon. */
final class SilentDaemon implements AutoCloseable {

    private final ServerSocketChannel server;
    private final List<SocketChannel> clients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SilentDaemon(ServerSocketChannel server) {
        this.server = server;
        this.acceptor = new Thread(this::acceptAll, "silent-daemon");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    static SilentDaemon listen(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return new SilentDaemon(server);
    }

    int accepted() {
        return clients.size();
    }

    private void acceptAll() {
        try {
            while (true) {
                clients.add(server.accept());
            }
        } catch (IOException e) {
            // closed: done
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel client : clients) {
            client.close();
        }
    }
}
