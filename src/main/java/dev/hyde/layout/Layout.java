package dev.hyde.layout;

/**
 * One layout file.
 *
 * @param name     how pages refer to it: its path below templates/ without extension
 * @param file     project-relative file name
 * @param parent   the layout it is wrapped in, empty for none
 * @param parentLine the file line declaring the parent, for diagnostics
 */
public record Layout(String name, String file, String parent, int parentLine) {
}
