/**
 * Lesson Markdown turned into styled, word-wrapped lines that both UIs draw.
 *
 * <p>{@link dev.layerlab.ui.markdown.MarkdownRenderer} parses CommonMark (plus GFM tables) and
 * lays it out for a given number of columns; the result is a list of
 * {@link dev.layerlab.ui.markdown.Line}s made of {@link dev.layerlab.ui.markdown.Span}s, each
 * tagged with abstract {@link dev.layerlab.ui.markdown.Style}s. The full-screen UI maps styles to
 * colours, the line mode to ANSI attributes or to nothing at all; neither needs to know Markdown.
 * Only this package imports commonmark.
 */
package dev.layerlab.ui.markdown;
