package dev.hyde.extension;

import java.util.List;
import java.util.Map;

/**
 * Adds files to the site, as a Jekyll generator does: an index of tags, a JSON export, a list
 * of redirects. Runs once per build after every page was read; what it returns is written as it
 * is (no layout) and checked by the link check like any page.
 */
public interface GeneratorExtension {

    /** What diagnostics call this generator. */
    String name();

    /**
     * @param site the site as templates see it ({@code site.pages}, {@code site.data}, the
     *             configuration's keys ...), read-only
     */
    List<ExtensionFile> generate(Map<String, Object> site);
}
