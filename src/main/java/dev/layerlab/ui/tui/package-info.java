/**
 * The full-screen Lanterna interface. Keys become session actions; every UI change happens on the GUI thread.
 */
package dev.layerlab.ui.tui;
