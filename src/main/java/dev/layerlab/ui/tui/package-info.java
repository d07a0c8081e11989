/**
 * The full-screen Lanterna interface: the course map, the lesson view with its live checklist, the
 * command line that lends the real terminal to a command, dialogs and help. Keys become
 * {@link dev.layerlab.session.Action}s at the edge ({@code KeyMap}), so this and the line mode drive
 * the same {@link dev.layerlab.session.Session}. Every UI change happens on one UI thread
 * ({@code UiThread}); the screen comes in through {@code TuiApp}'s constructor, so tests run it on a
 * virtual terminal. Entry points: {@link dev.layerlab.ui.tui.TuiMode#run} and
 * {@link dev.layerlab.ui.tui.TuiMode#warmUp}. The only package that imports Lanterna.
 */
package dev.layerlab.ui.tui;
