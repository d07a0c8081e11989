/**
 * The Docker daemon as the rest of layerlab sees it: the gateway interface, snapshot records, and typed errors. JDK only.
 */
package dev.layerlab.docker;
