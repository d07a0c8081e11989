package dev.layerlab.ui.markdown;

/** What a piece of text is, for the UI to choose how it looks. A span may have several. */
public enum Style {
    /** {@code **strong**} text. */
    BOLD,
    /** {@code *emphasised*} text. */
    ITALIC,
    /** {@code `inline code`}. */
    CODE,
    /** Text of a heading. */
    HEADING,
    /** Text inside a block quote, and the quote bar itself. */
    QUOTE,
    /** A line of a fenced or indented code block. */
    CODE_BLOCK,
    /** The text of a link. */
    LINK,
    /** Secondary text: link targets, rules, table borders. */
    MUTED
}
