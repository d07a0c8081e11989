package dev.layerlab.check;

/** The type of a check parameter, as written in YAML. */
public enum ParamType {
    /** Any scalar, kept as text. */
    STRING,
    /** A whole number. */
    INT,
    /** {@code true} or {@code false}. */
    BOOL
}
