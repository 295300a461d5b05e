package dev.hyde.model;

/** A file of the content folder that is published: rendered as a page, or copied as it is. */
public sealed interface ContentFile permits Page, StaticFile {

    /** Where it goes, relative to the site root. */
    String outputPath();
}
