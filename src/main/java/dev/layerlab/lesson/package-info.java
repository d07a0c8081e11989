/**
 * Immutable records of a course: lessons, steps, cleanup, and the problems found while loading them.
 */
package dev.layerlab.lesson;
