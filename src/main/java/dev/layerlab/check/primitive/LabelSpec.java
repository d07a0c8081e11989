package dev.layerlab.check.primitive;

import java.util.Map;

/** A label a check asks about: {@code key=value}, or {@code key} for any value. */
record LabelSpec(String key, String value) {

    static LabelSpec parse(String text) {
        int equals = text.indexOf('=');
        return equals < 0 ? new LabelSpec(text.trim(), null) : new LabelSpec(text.substring(0, equals).trim(), text.substring(equals + 1));
    }

    /** Adds the fact "has this label" about {@code labels} to {@code findings}. */
    void check(Map<String, String> labels, Findings findings) {
        String actual = labels.get(key);
        String held = "it has label " + key + (actual == null || actual.isEmpty() ? "" : "=" + actual);
        if (actual == null) {
            findings.fact(false, held, "it has no label " + Findings.quoted(key));
        } else {
            findings.fact(value == null || value.equals(actual), held,
                    "its label " + Findings.quoted(key) + " is " + Findings.quoted(actual) + ", not " + Findings.quoted(value));
        }
    }
}
