/**
 * The standard check primitives, one small class each, listed by {@link dev.layerlab.check.primitive.StandardPrimitives}.
 * Each reads daemon state through the {@link dev.layerlab.check.Probe} and says what it saw in the learner's words.
 */
package dev.layerlab.check.primitive;
