package dev.layerlab.docker;

/** Docker's 12-character IDs. */
public final class ShortIds {

    private ShortIds() {
    }

    /** {@code sha256:0123456789abcdef...} or {@code 0123456789abcdef...} to {@code 0123456789ab}. */
    public static String shorten(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    /** Whether {@code candidate} names the same object as the full {@code id} (full, short or prefixed). */
    public static boolean matches(String id, String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        String full = id.startsWith("sha256:") ? id.substring(7) : id;
        String given = candidate.startsWith("sha256:") ? candidate.substring(7) : candidate;
        return full.startsWith(given);
    }
}
