package dev.layerlab.docker.javaclient;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.layerlab.docker.DockerException;
import java.io.IOException;
import java.time.Duration;

/**
 * Builds the docker-java client on first use. Building touches no socket but loads many classes
 * (~300 ms the first time), so the gateway's factory stays cheap and the first call pays instead.
 */
final class ClientHolder implements AutoCloseable {

    private final String uri;
    private final Duration connectTimeout;
    private DockerClient client;
    private DockerHttpClient http;
    private boolean closed;

    ClientHolder(String uri, Duration connectTimeout) {
        this.uri = uri;
        this.connectTimeout = connectTimeout;
    }

    synchronized DockerClient get() {
        if (closed) {
            throw new DockerException("The Docker gateway is already closed.", "");
        }
        if (client == null) {
            // The API version stays unset: the daemon's default works from 20.10 on, a pinned one may not.
            DockerClientConfig config = new DefaultDockerClientConfig.Builder().withDockerHost(uri).build();
            http = new ApacheDockerHttpClient.Builder()
                    .dockerHost(config.getDockerHost())
                    .connectionTimeout(connectTimeout)
                    .maxConnections(32)
                    .build();
            client = DockerClientImpl.getInstance(config, http);
        }
        return client;
    }

    /**
     * The transport under {@link #get()}, for the few requests docker-java has no command for
     * (a HEAD on the archive endpoint). Same connection pool, so as warm as the client.
     */
    synchronized DockerHttpClient http() {
        get();
        return http;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            try {
                client.close();
            } catch (IOException | RuntimeException e) {
                // Closing a client whose daemon is gone may fail; nothing is left to release.
            }
            client = null;
            http = null;
        }
    }
}
