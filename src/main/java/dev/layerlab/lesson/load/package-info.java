/**
 * Turns lesson and check YAML files into records, and validates them with file:line:column positions. The only package that imports SnakeYAML.
 */
package dev.layerlab.lesson.load;
