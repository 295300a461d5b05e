package dev.hyde.serve;

import dev.hyde.config.ProjectLayout;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A burst of changed paths, sorted by what they are to the build.
 *
 * @param config       a configuration file changed: everything must be rebuilt
 * @param content      changed paths below content/
 * @param dataKeys     {@code site.data} keys whose files changed ({@code _data/istio.yml} is {@code istio})
 * @param includes     include names whose files changed, as include tags name them
 * @param layoutFiles  project-relative template files (layouts and their partials) that changed
 * @param assets       something below templates/assets/ changed
 * @param sass         a Sass partial changed (Sass pages import them)
 */
record SourceChanges(boolean config, Set<Path> content, Set<String> dataKeys, Set<String> includes,
                     Set<String> layoutFiles, boolean assets, boolean sass) {

    static SourceChanges classify(WatchedSources sources, Collection<Path> paths) {
        ProjectLayout project = sources.project();
        boolean config = false;
        boolean assets = false;
        boolean sass = false;
        Set<Path> content = new TreeSet<>();
        Set<String> dataKeys = new TreeSet<>();
        Set<String> includes = new TreeSet<>();
        Set<String> layoutFiles = new TreeSet<>();
        for (Path raw : paths) {
            Path path = raw.toAbsolutePath().normalize();
            // A Jekyll site's content folder is its root: its special folders are sorted out first.
            if (sources.isConfig(path)) {
                config = true;
            } else if (path.startsWith(project.data())) {
                if (path.equals(project.data())) {
                    config = true; // the whole data folder appeared or vanished
                } else {
                    dataKeys.add(dataKey(project.data().relativize(path)));
                }
            } else if (path.startsWith(project.includes())) {
                includes.add(project.includes().relativize(path).toString().replace('\\', '/'));
            } else if (path.startsWith(project.sass())) {
                sass = true;
            } else if (project.isAsset(path)) {
                assets = true;
            } else if (path.startsWith(project.layouts())) {
                layoutFiles.add(project.relative(path));
            } else if (path.startsWith(project.content())) {
                content.add(path);
            }
        }
        return new SourceChanges(config, content, dataKeys, includes, layoutFiles, assets, sass);
    }

    boolean isEmpty() {
        return !config && !assets && !sass && content.isEmpty() && dataKeys.isEmpty() && includes.isEmpty()
                && layoutFiles.isEmpty();
    }

    /** The top-level {@code site.data} key of a data file or folder. */
    private static String dataKey(Path relative) {
        String first = relative.getName(0).toString();
        if (relative.getNameCount() > 1) {
            return first;
        }
        int dot = first.lastIndexOf('.');
        return dot > 0 ? first.substring(0, dot) : first;
    }
}
