package dev.layerlab.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An image reference as Docker reads it: {@code nginx} is {@code docker.io/library/nginx:latest},
 * {@code localhost:5000/app:v1} stays as written, {@code nginx@sha256:...} names a digest.
 *
 * @param registry e.g. {@code docker.io} or {@code localhost:5000}
 * @param repository e.g. {@code library/nginx}
 * @param tag e.g. {@code latest}; null when the reference names only a digest
 * @param digest e.g. {@code sha256:...}; null when none
 */
public record ImageRef(String registry, String repository, String tag, String digest) {

    private static final String DOCKER_HUB = "docker.io";
    private static final Pattern IMAGE_ID = Pattern.compile("(sha256:)?[0-9a-f]{12,64}");

    /** Parses a reference the way the {@code docker} CLI does; never fails, but a blank text is rejected. */
    public static ImageRef parse(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an image reference must not be empty");
        }
        String name = reference.trim();
        String digest = null;
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at + 1);
            name = name.substring(0, at);
        }
        String tag = null;
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first.equals("index.docker.io") ? DOCKER_HUB : first;
                name = name.substring(slash + 1);
            }
        }
        if (registry.equals(DOCKER_HUB) && !name.contains("/")) {
            name = "library/" + name;
        }
        if (tag == null && digest == null) {
            tag = "latest";
        }
        return new ImageRef(registry, name.toLowerCase(Locale.ROOT), tag, digest);
    }

    /** Whether the text is an image ID (full, short, or with {@code sha256:}) rather than a name. */
    public static boolean looksLikeId(String text) {
        return text != null && IMAGE_ID.matcher(text).matches();
    }

    /** {@code docker.io/library/nginx:latest}, {@code localhost:5000/app:v1}, {@code docker.io/library/nginx@sha256:...}. */
    public String normalised() {
        return registry + "/" + repository + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    /** The short form {@code docker images} prints: {@code nginx:latest}, {@code localhost:5000/app:v1}. */
    public String familiar() {
        String name = registry.equals(DOCKER_HUB)
                ? (repository.startsWith("library/") ? repository.substring(8) : repository)
                : registry + "/" + repository;
        return name + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    /** Whether both name the same image reference once normalised ({@code nginx} is {@code nginx:latest}). */
    public boolean sameAs(ImageRef other) {
        return other != null && normalised().equals(other.normalised());
    }

    /** {@link #sameAs(ImageRef)} for a reference in text; false for blank or null text. */
    public boolean sameAs(String other) {
        return other != null && !other.isBlank() && sameAs(parse(other));
    }

    /** The same reference without its tag and digest: the repository as a registry knows it. */
    public String name() {
        return registry + "/" + repository;
    }

    @Override
    public String toString() {
        return normalised();
    }
}
