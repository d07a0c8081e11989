package dev.layerlab.ui.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer unicode = new MarkdownRenderer(true);
    private final MarkdownRenderer ascii = new MarkdownRenderer(false);

    private List<String> plain(String markdown, int width) {
        return plain(unicode, markdown, width);
    }

    private static List<String> plain(MarkdownRenderer r, String markdown, int width) {
        return r.render(markdown, width).stream().map(Line::plain).collect(Collectors.toList());
    }

    @Test
    void paragraphWrapsAtSpacesOnly() {
        assertEquals(List.of(
                "Every container gets",
                "a thin writable",
                "layer on top of the",
                "image."),
                plain("Every container gets a thin writable layer on top of the image.", 20));
    }

    @Test
    void wordWiderThanTheLineIsCutAtTheLimitAndOnlyThen() {
        assertEquals(List.of("see", "abcdefghij", "klmno end"),
                plain("see abcdefghijklmno end", 10));
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        assertEquals(List.of("One.", "", "Two."), plain("One.\n\n\n\nTwo.", 20));
    }

    @Test
    void headingIsStyledAndFollowedByABlankLine() {
        List<Line> lines = unicode.render("# Images and containers\n\nText.", 12);
        assertEquals(List.of(
                Line.of(Span.of("Images and", Style.HEADING)),
                Line.of(Span.of("containers", Style.HEADING)),
                Line.blank(),
                Line.of(Span.of("Text."))), lines);
    }

    @Test
    void emphasisStrongAndInlineCodeAreStyledSpans() {
        List<Line> lines = unicode.render("a *b* **two words**, `docker ps`", 80);
        assertEquals(List.of(Line.of(
                Span.of("a "),
                Span.of("b", Style.ITALIC),
                Span.of(" "),
                Span.of("two words", Style.BOLD),
                Span.of(", "),
                Span.of("docker ps", Style.CODE))), lines);
    }

    @Test
    void nestedEmphasisCombinesStyles() {
        assertEquals(List.of(Line.of(Span.of("x", Style.BOLD, Style.ITALIC))),
                unicode.render("***x***", 10));
    }

    @Test
    void softBreakIsASpaceAndHardBreakStartsANewLine() {
        assertEquals(List.of("one two", "three"), plain("one\ntwo\\\nthree", 40));
        assertEquals(List.of("one two", "three"), plain("one\ntwo  \nthree", 40));
    }

    @Test
    void wrappedBulletItemsKeepTheirIndentation() {
        assertEquals(List.of(
                "• first item that",
                "  is long enough to",
                "  wrap",
                "• second"),
                plain("- first item that is long enough to wrap\n- second", 19));
    }

    @Test
    void nestedListsIndentByTheParentMarker() {
        assertEquals(List.of(
                "• top",
                "  • nested item",
                "    that wraps",
                "  • other",
                "• back"),
                plain("- top\n  - nested item that wraps\n  - other\n- back", 15));
    }

    @Test
    void orderedListKeepsItsStartAndRightAlignsNumbers() {
        String md = "9. nine is here\n10. ten\n11. eleven";
        assertEquals(List.of(
                " 9. nine is",
                "    here",
                "10. ten",
                "11. eleven"),
                plain(md, 11));
        assertEquals(List.of("1) a", "2) b"), plain("1) a\n2) b", 10));
    }

    @Test
    void looseListItemsAreSeparatedByBlankLines() {
        assertEquals(List.of("• a", "", "• b"), plain("- a\n\n- b", 10));
    }

    @Test
    void blockQuotePrefixesEveryWrappedLine() {
        List<Line> lines = unicode.render("> A quote that wraps over lines.\n>\n> Second.", 14);
        assertEquals(List.of(
                "│ A quote that",
                "│ wraps over",
                "│ lines.",
                "│",
                "│ Second."),
                lines.stream().map(Line::plain).collect(Collectors.toList()));
        assertEquals(Line.of(Span.of("│ wraps over", Style.QUOTE)), lines.get(1));
        assertTrue(lines.stream().allMatch(l -> l.spans().stream().allMatch(s -> s.has(Style.QUOTE))));
    }

    @Test
    void quoteKeepsInlineStylesAndNests() {
        assertEquals(List.of(Line.of(Span.of("│ ", Style.QUOTE), Span.of("x", Style.QUOTE, Style.BOLD))),
                unicode.render("> **x**", 20));
        assertEquals(List.of("│ │ deep", "│ │ quote"), plain("> > deep quote", 9));
    }

    @Test
    void fencedCodeBlockIsKeptAsWrittenAndNotWrapped() {
        String md = "```sh\ndocker run -it --name scratchpad nginx:alpine sh\n\n    indented inside\n```";
        List<Line> lines = unicode.render(md, 20);
        assertEquals(List.of(
                "  docker run -it --name scratchpad nginx:alpine sh",
                "",
                "      indented inside"),
                lines.stream().map(Line::plain).collect(Collectors.toList()));
        assertEquals(Line.of(Span.of("  "), Span.of("    indented inside", Style.CODE_BLOCK)), lines.get(2));
    }

    @Test
    void indentedCodeBlockIsKeptAsWritten() {
        assertEquals(List.of("Run:", "", "  docker ps -a --format x"),
                plain("Run:\n\n    docker ps -a --format x\n", 10));
    }

    @Test
    void codeBlockInsideAListItemIsIndentedUnderTheText() {
        assertEquals(List.of(
                "1. Run:",
                "",
                "     docker images"),
                plain("1. Run:\n\n   ```\n   docker images\n   ```", 10));
    }

    @Test
    void tableColumnsArePaddedAndAligned() {
        String md = """
                | Name | Size | Tag |
                |------|-----:|:---:|
                | nginx | 187MB | latest |
                | alpine | 7MB | 3 |
                """;
        List<Line> lines = unicode.render(md, 40);
        assertEquals(List.of(
                "Name   │  Size │  Tag",
                "───────┼───────┼───────",
                "nginx  │ 187MB │ latest",
                "alpine │   7MB │   3"),
                lines.stream().map(Line::plain).collect(Collectors.toList()));
        assertTrue(lines.get(0).spans().contains(Span.of("Name", Style.BOLD)));
        assertEquals(Set.of(Style.MUTED), lines.get(1).spans().get(0).styles());
    }

    @Test
    void tableInAsciiUsesPipesAndDashes() {
        assertEquals(List.of(
                "a  | b",
                "---+--",
                "xy | z"),
                plain(ascii, "| a | b |\n|---|---|\n| xy | z |", 40));
    }

    @Test
    void tableTooWideForTheScreenIsStackedPerRow() {
        String md = "| Image | Description |\n|---|---|\n| nginx | a web server |\n| alpine | small |";
        assertEquals(List.of(
                "Image: nginx",
                "Description: a",
                "  web server",
                "",
                "Image: alpine",
                "Description:",
                "  small"),
                plain(md, 16));
    }

    @Test
    void linkShowsItsTextThenTheAddressMuted() {
        List<Line> lines = unicode.render("See [the docs](https://d.io/x) now.", 80);
        assertEquals(List.of(Line.of(
                Span.of("See "),
                Span.of("the docs", Style.LINK),
                Span.of(" (https://d.io/x)", Style.MUTED),
                Span.of(" now."))), lines);
    }

    @Test
    void autolinkIsShownOnce() {
        assertEquals(List.of("Go to https://d.io."), plain("Go to <https://d.io>.", 80));
    }

    @Test
    void wrappedLinkBreaksBetweenTextAndAddress() {
        assertEquals(List.of("See the docs", "(https://d.io/x)"),
                plain("See [the docs](https://d.io/x)", 16));
    }

    @Test
    void thematicBreakIsARuleAcrossTheWidth() {
        assertEquals(List.of("a", "", "──────────", "", "b"), plain("a\n\n---\n\nb", 10));
        assertEquals(List.of("-----"), plain(ascii, "***", 5));
        assertEquals(List.of(Line.of(Span.of("───", Style.MUTED))), unicode.render("___", 3));
    }

    @Test
    void asciiModeUsesAsciiBulletsAndQuoteBars() {
        assertEquals(List.of("* item that", "  wraps", "", "| quoted", "| text"),
                plain(ascii, "- item that wraps\n\n> quoted text", 11));
    }

    @Test
    void imageShowsAltTextAndAddress() {
        assertEquals(List.of("diagram (layers.png)"), plain("![diagram](layers.png)", 40));
    }

    @Test
    void linkReferenceDefinitionsLeaveNoTrace() {
        assertEquals(List.of("a docs (https://d.io)"), plain("a [docs][d]\n\n[d]: https://d.io", 40));
    }

    @Test
    void blankInputRendersNothingAndTinyWidthsDoNotFail() {
        assertTrue(unicode.render("", 10).isEmpty());
        assertTrue(unicode.render("  \n\n ", 10).isEmpty());
        assertEquals(List.of("a", "b"), plain("ab", 0));
        assertEquals(List.of("• a", "  b"), plain("- ab", 1));
    }

    @Test
    void noLineIsWiderThanTheScreenOrEndsInASpace() {
        String md = """
                # A heading that is rather long

                Text with **bold words**, `code`, [a link](https://example.com/a/very/long/path)
                and more words to wrap.

                - item one that wraps around
                  1. nested ordered item
                > quote with *italic* text that wraps

                | col | other column |
                |-----|--------------|
                | 1   | two words    |
                """;
        // Below 8 columns nested markers alone are wider than the screen; that is accepted.
        for (int width = 8; width <= 60; width++) {
            for (Line line : unicode.render(md, width)) {
                String text = line.plain();
                assertTrue(line.width() <= width, width + ": [" + text + "]");
                assertFalse(text.endsWith(" "), width + ": [" + text + "]");
            }
        }
    }

    @Test
    void toPlainTextJoinsLinesWithoutStyling() {
        assertEquals("• **not** styled\n  more", MarkdownRenderer.toPlainText(List.of(
                Line.of(Span.of("• "), Span.of("**not** styled", Style.BOLD)),
                Line.of(Span.of("  more")))));
        assertEquals("Title\n\nbody", MarkdownRenderer.toPlainText(unicode.render("# Title\nbody", 20)));
    }
}
