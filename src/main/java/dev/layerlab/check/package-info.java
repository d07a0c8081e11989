/**
 * The check engine: primitives that read daemon state, the registry of named checks built on them, and results that say what was observed.
 */
package dev.layerlab.check;
