package dev.hyde.html;

/**
 * One URL written in a page.
 *
 * @param element   the element's tag name, lower case ({@code a}, {@code img} ...)
 * @param attribute the attribute holding it ({@code href}, {@code src}, {@code srcset} ...)
 * @param value     the URL as the browser reads it: entities decoded, surrounding space trimmed
 * @param written   the URL's text as written in the page (entities not decoded)
 * @param offset    where {@code written} starts in the page's text
 * @param line      1-based line of {@code offset}
 * @param column    1-based column of {@code offset}
 */
public record HtmlLink(String element, String attribute, String value, String written, int offset, int line,
                       int column) {

    /** The same link moved: text was inserted before it in the page. */
    HtmlLink shifted(String newValue, String newWritten, int newOffset, int newColumn) {
        return new HtmlLink(element, attribute, newValue, newWritten, newOffset, line, newColumn);
    }
}
