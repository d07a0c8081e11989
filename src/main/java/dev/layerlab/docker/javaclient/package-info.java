/**
 * The gateway implemented with docker-java, daemon discovery, and the event subscription. The only package that imports docker-java.
 */
package dev.layerlab.docker.javaclient;
