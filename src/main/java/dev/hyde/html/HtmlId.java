package dev.hyde.html;

/**
 * One place a URL fragment can point at: an element's id, or the name of an {@code a} element
 * (the older form, still followed by browsers).
 *
 * @param id     the id as the browser reads it (entities decoded)
 * @param offset where the id's value starts in the page's text
 * @param line   1-based line
 * @param column 1-based column
 * @param named  true for an {@code <a name>}: it may repeat an element's id without being a duplicate
 */
public record HtmlId(String id, int offset, int line, int column, boolean named) {

    HtmlId shifted(int newOffset, int newColumn) {
        return new HtmlId(id, newOffset, line, newColumn, named);
    }
}
