package dev.hyde.deps;

import java.util.Set;
import java.util.TreeSet;

/**
 * Records what one page's rendering reads besides its own source: includes, data files and the
 * site-wide page list. One recorder per page rendering, used by one thread.
 */
public final class ReadRecorder {
    private final Set<String> includes = new TreeSet<>();
    private final Set<String> dataKeys = new TreeSet<>();
    private final Set<String> files = new TreeSet<>();
    private boolean allData;
    private boolean sitePages;
    private boolean staticFiles;
    private boolean time;
    private boolean sass;

    /** An include was looked up by this name (recorded even when it does not exist yet). */
    public void include(String name) {
        includes.add(name);
    }

    /** An include was read from this project-relative file. */
    public void file(String file) {
        files.add(file);
    }

    /** {@code site.data.<key>} was read. */
    public void dataKey(String key) {
        dataKeys.add(key);
    }

    /** The whole of {@code site.data} was walked. */
    public void allData() {
        allData = true;
    }

    /** {@code site.pages} was read: the page depends on every page's front matter. */
    public void sitePages() {
        sitePages = true;
    }

    /** {@code site.static_files} was read: the page depends on the site's static files. */
    public void staticFiles() {
        staticFiles = true;
    }

    /** {@code site.time} (or the date filter's {@code 'now'}) was read: the output depends on when it is built. */
    public void time() {
        time = true;
    }

    /** Sass was compiled ({@code scssify}): the page depends on the Sass it may load. */
    public void sass() {
        sass = true;
    }

    public boolean readTime() {
        return time;
    }

    /** Records what another rendering read (a layout's output taken from an earlier rendering) as read here. */
    public void add(PageDependencies read) {
        includes.addAll(read.includes());
        dataKeys.addAll(read.dataKeys());
        files.addAll(read.files());
        allData |= read.allData();
        sitePages |= read.sitePages();
        staticFiles |= read.staticFiles();
        sass |= read.sass();
    }

    public PageDependencies dependencies() {
        return new PageDependencies(includes, dataKeys, allData, sitePages, staticFiles, files, sass);
    }
}
