/**
 * Thin picocli commands: each parses its options, calls the session or a service, and returns an exit code.
 */
package dev.layerlab.cli;
