package dev.hyde.model;

/**
 * One heading of a page, for its table of contents.
 *
 * @param id    the heading's id (the anchor to link to)
 * @param text  its visible text
 * @param level 2 for h2, 3 for h3
 */
public record TocEntry(String id, String text, int level) {
}
