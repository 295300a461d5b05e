package dev.hyde.build;

import dev.hyde.config.ProjectLayout;
import dev.hyde.config.SourceKind;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param project     the project's root folder
 * @param destination where the site goes; usually {@code project/site} ({@code _site} for a Jekyll site)
 * @param drafts      also build pages marked {@code draft: true} (and a Jekyll site's {@code _drafts})
 * @param time        the build time for {@code site.time}; empty means now (or
 *                    {@code SOURCE_DATE_EPOCH} when set, for reproducible builds)
 * @param configFiles configuration files layered left to right; empty means {@code _config.yml}
 * @param sourceKind  the source layout, when it should not be detected from the tree
 */
public record BuildOptions(Path project, Path destination, boolean drafts, Optional<ZonedDateTime> time,
                           List<Path> configFiles, Optional<SourceKind> sourceKind) {

    public BuildOptions {
        configFiles = List.copyOf(configFiles);
    }

    /** Builds {@code project} into its default destination. */
    public static BuildOptions of(Path project) {
        return new BuildOptions(project, ProjectLayout.detect(project).defaultDestination(), false, Optional.empty(),
                List.of(), Optional.empty());
    }

    public BuildOptions withDestination(Path destination) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind);
    }

    public BuildOptions withTime(ZonedDateTime time) {
        return new BuildOptions(project, destination, drafts, Optional.of(time), configFiles, sourceKind);
    }

    /** Builds the tree as this kind of source, whatever it looks like; the default destination follows. */
    public BuildOptions withSourceKind(SourceKind kind) {
        Path defaultDestination = projectLayout().defaultDestination();
        Path newDestination = destination.equals(defaultDestination)
                ? new ProjectLayout(project, kind).defaultDestination() : destination;
        return new BuildOptions(project, newDestination, drafts, time, configFiles, Optional.of(kind));
    }

    /** Where the project keeps its sources: as set, or as detected from the tree. */
    public ProjectLayout projectLayout() {
        return sourceKind.map(kind -> new ProjectLayout(project, kind)).orElseGet(() -> ProjectLayout.detect(project));
    }

    public BuildOptions withConfigFiles(List<Path> files) {
        return new BuildOptions(project, destination, drafts, time, files, sourceKind);
    }
}
