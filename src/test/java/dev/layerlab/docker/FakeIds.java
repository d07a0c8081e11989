package dev.layerlab.docker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic fake IDs and the daemon's reading of image names, for the fake gateway. */
final class FakeIds {

    private FakeIds() {
    }

    /** 64 hex digits derived from {@code seed}: the same seed always gives the same ID. */
    static String hex(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fake image ID of a reference: {@code nginx} and {@code nginx:latest} get the same one. */
    static String imageId(String ref) {
        return "sha256:" + hex("image " + normalise(ref));
    }

    /** {@code nginx} to {@code docker.io/library/nginx:latest}, like the daemon (kept apart from check.ImageRef on purpose). */
    static String normalise(String ref) {
        String name = ref;
        String digest = "";
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at);
            name = name.substring(0, at);
        }
        String tag = "";
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = name.substring(colon);
            name = name.substring(0, colon);
        }
        int slash = name.indexOf('/');
        String first = slash > 0 ? name.substring(0, slash) : "";
        if (!(first.contains(".") || first.contains(":") || first.equals("localhost"))) {
            name = "docker.io/" + (name.contains("/") ? name : "library/" + name);
        }
        if (tag.isEmpty() && digest.isEmpty()) {
            tag = ":latest";
        }
        return name + tag + digest;
    }
}
