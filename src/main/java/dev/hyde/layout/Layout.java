package dev.hyde.layout;

import dev.hyde.model.FrontMatter;

/**
 * One layout file.
 *
 * @param name        how pages refer to it: its path below the layouts folder without extension
 * @param file        project-relative file name
 * @param engine      the template language it is written in
 * @param frontMatter its front matter ({@code layout.*} in Liquid layouts)
 * @param body        its text after the front matter
 * @param bodyLine    the file line where the body starts
 */
public record Layout(String name, String file, LayoutEngine engine, FrontMatter frontMatter, String body,
                     int bodyLine) {

    /** The layout it is wrapped in, empty for none. */
    public String parent() {
        return frontMatter.layout();
    }
}
