package dev.layerlab.check;

/**
 * Plain HTTP GET, bounded in time and size, for the HTTP and registry primitives. An interface so
 * that tests can answer without a server.
 */
public interface HttpGetter {

    /**
     * Never throws for network trouble: a reply with status 0 and a one-line {@code error}
     * ({@code connection refused}, {@code timed out}, ...) says that nothing answered.
     */
    Probe.HttpReply get(String url);
}
