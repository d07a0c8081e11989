/**
 * The line-oriented JLine interface for dumb terminals, screen readers, pipes and CI. Typed words become session actions.
 */
package dev.layerlab.ui.plain;
