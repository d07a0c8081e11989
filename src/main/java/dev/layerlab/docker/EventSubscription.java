package dev.layerlab.docker;

/** A live event subscription. Closing it stops listening and reconnecting. */
public interface EventSubscription extends AutoCloseable {

    @Override
    void close();
}
