package dev.hyde.serve;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.config.ProjectLayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a build reads, and so what the preview server watches: the configuration files it was
 * given and the sources folders. In a Hyde project that is content/, templates/ and _data/;
 * anything else in the project (logs, notes, build output) changes nothing and rebuilds nothing.
 * A Jekyll site reads its whole root except its output and hidden folders.
 *
 * @param project     where the sources are
 * @param configFiles the configuration files, absolute ({@code _config.yml} when none was given)
 */
record WatchedSources(ProjectLayout project, List<Path> configFiles) {
    /** Folders whose churn would only cost rebuilds, when right below the root. */
    private static final Set<String> NEVER = Set.of("target", "site", "_site", "node_modules", "vendor");

    WatchedSources {
        configFiles = configFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    static WatchedSources of(BuildOptions options) {
        ProjectLayout project = options.projectLayout();
        return new WatchedSources(project,
                options.configFiles().isEmpty() ? List.of(project.configFile()) : options.configFiles());
    }

    /** The sources folders of a Hyde project; a Jekyll site's root is its only one. */
    List<Path> folders() {
        return project.isJekyll() ? List.of(project.root())
                : List.of(project.content(), project.layouts(), project.data());
    }

    /** The folders to register with the system: the root, and the folders of configuration files outside it. */
    List<Path> roots() {
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(project.root());
        for (Path config : configFiles) {
            // A folder that does not exist holds no configuration: the build reports the missing file.
            if (!config.startsWith(project.root()) && config.getParent() != null
                    && java.nio.file.Files.exists(config.getParent())) {
                roots.add(config.getParent());
            }
        }
        return new ArrayList<>(roots);
    }

    boolean isConfig(Path path) {
        return configFiles.contains(path.toAbsolutePath().normalize());
    }

    /**
     * True for a path the build reads: a configuration file, or a sources folder or something in
     * one that is not inside a skipped folder (a hidden file itself may be a source: .htaccess).
     */
    boolean isSource(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (isConfig(abs)) {
            return true;
        }
        return folders().stream().anyMatch(abs::startsWith)
                && (folders().contains(abs) || !isSkipped(abs.getParent()));
    }

    /** Hidden folders anywhere below the root; build output and packages only right below it. */
    boolean isSkipped(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (!abs.startsWith(project.root())) {
            return true;
        }
        for (Path p = abs; p != null && !p.equals(project.root()); p = p.getParent()) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") || (NEVER.contains(name) && project.root().equals(p.getParent()))) {
                return true;
            }
        }
        return false;
    }
}
