package dev.hyde.html;

/**
 * A heading with an id.
 *
 * @param level      1 to 6
 * @param id         its id as the browser reads it
 * @param writtenId  its id as written in the page (entities not decoded), for linking to it
 * @param text       its text, whitespace collapsed
 * @param closeTag   where its closing tag starts in the page's text; -1 when the tag is left out
 *                   and the parser closes the heading itself
 */
public record HtmlHeading(int level, String id, String writtenId, String text, int closeTag) {
}
