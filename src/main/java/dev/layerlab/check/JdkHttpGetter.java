package dev.layerlab.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link HttpGetter} on the JDK's client: 2 s to connect, 3 s for the whole request, no
 * redirects (a check looks at what the port itself answers), no proxy (the targets are
 * loopback, the daemon's host and a local registry), and at most 64 KiB of body.
 */
public final class JdkHttpGetter implements HttpGetter {

    static final int MAX_BODY = 64 * 1024;

    /** Built on first use: the JDK client loads TLS and the trust store, ~85 ms that the first frame need not wait for. */
    private HttpClient client;

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(HttpClient.Builder.NO_PROXY)
                    // HTTP/1.1 only: an h2c upgrade confuses small servers such as busybox httpd.
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return client;
    }

    @Override
    public Probe.HttpReply get(String url) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        } catch (IllegalArgumentException e) {
            return new Probe.HttpReply(0, "", "not a valid URL: " + url);
        }
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(MAX_BODY);
                return new Probe.HttpReply(response.statusCode(), new String(body, StandardCharsets.UTF_8), "");
            }
        } catch (HttpConnectTimeoutException e) {
            return new Probe.HttpReply(0, "", "connection timed out");
        } catch (HttpTimeoutException e) {
            return new Probe.HttpReply(0, "", "no answer within 3 seconds");
        } catch (ConnectException e) {
            return new Probe.HttpReply(0, "", "connection refused");
        } catch (IOException e) {
            return new Probe.HttpReply(0, "", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe.HttpReply(0, "", "interrupted");
        }
    }
}
