package dev.hyde.deps;

import java.util.Set;

/**
 * What a page's rendering read, beyond its source file and its layout chain (which the build
 * knows anyway): the includes it used, the data files it read (by their key below
 * {@code site.data}), and whether it listed the site's pages or its static files.
 *
 * @param includes    include names, as written in the tag
 * @param dataKeys    top-level keys of {@code site.data} read
 * @param allData     true when all of {@code site.data} was walked
 * @param sitePages   true when a list of pages ({@code site.pages}, a collection ...) was read
 * @param staticFiles true when {@code site.static_files} was read
 * @param files       the project-relative files its includes were read from (an
 *                    {@code include_relative} next to a layout, say)
 * @param sass        true when it compiled Sass ({@code scssify}): it depends on every file
 *                    Sass may load, as a stylesheet page does
 */
public record PageDependencies(Set<String> includes, Set<String> dataKeys, boolean allData, boolean sitePages,
                               boolean staticFiles, Set<String> files, boolean sass) {

    public static final PageDependencies NONE = new PageDependencies(Set.of(), Set.of(), false, false, false, Set.of(),
            false);

    public PageDependencies {
        includes = Set.copyOf(includes);
        dataKeys = Set.copyOf(dataKeys);
        files = Set.copyOf(files);
    }

    public boolean readsData(String key) {
        return allData || dataKeys.contains(key);
    }
}
