package dev.hyde.config;

/**
 * One entry of the {@code versions:} list: a version of the docs published in its own folder.
 *
 * @param name   the folder under the destination ({@code 1.2}) and what {@code --version} names
 * @param label  what the version selector shows; the name when not set
 * @param latest whether this is the version readers are sent to (the banner of every other links to it)
 * @param file   the configuration file that lists it
 * @param line   the line of its entry there, 0 when the list is not written one entry a line
 */
public record SiteVersion(String name, String label, boolean latest, String file, int line) {
}
