package dev.hyde.pipeline;

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
 * @param version     the version of the docs this build is, from the {@code versions:} list: the site is
 *                    then written to {@code destination/NAME}, beside the other versions, which stay as they are
 * @param strict      broken links are errors that fail the build (also {@code strict: true} in the configuration)
 * @param keepGoing   write the pages that built even when others failed (the build still fails): a
 *                    migration's first step; without it a build with an error writes nothing
 * @param pluginPath  jars, or folders of jars, holding extensions ({@code dev.hyde.extension}) besides
 *                    the ones on Hyde's own class path (a Maven plugin's dependencies)
 */
public record BuildOptions(Path project, Path destination, boolean drafts, Optional<ZonedDateTime> time,
                           List<Path> configFiles, Optional<SourceKind> sourceKind, Optional<String> version, boolean strict,
                           boolean keepGoing, List<Path> pluginPath) {

    public BuildOptions {
        configFiles = List.copyOf(configFiles);
        pluginPath = List.copyOf(pluginPath);
    }

    /** Builds {@code project} into its default destination. */
    public static BuildOptions of(Path project) {
        return new BuildOptions(project, ProjectLayout.detect(project).defaultDestination(), false, Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), false, false, List.of());
    }

    public BuildOptions withDestination(Path destination) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind, version, strict, keepGoing, pluginPath);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind, version, strict, keepGoing, pluginPath);
    }

    public BuildOptions withTime(ZonedDateTime time) {
        return new BuildOptions(project, destination, drafts, Optional.of(time), configFiles, sourceKind, version, strict, keepGoing, pluginPath);
    }

    /** Builds the tree as this kind of source, whatever it looks like; the default destination follows. */
    public BuildOptions withSourceKind(SourceKind kind) {
        Path defaultDestination = projectLayout().defaultDestination();
        Path newDestination = destination.equals(defaultDestination)
                ? new ProjectLayout(project, kind).defaultDestination() : destination;
        return new BuildOptions(project, newDestination, drafts, time, configFiles, Optional.of(kind), version, strict, keepGoing, pluginPath);
    }

    /** Where the project keeps its sources: as set, or as detected from the tree. */
    public ProjectLayout projectLayout() {
        return sourceKind.map(kind -> new ProjectLayout(project, kind)).orElseGet(() -> ProjectLayout.detect(project));
    }

    /** Builds the site as version {@code name} of the docs, into {@code destination/name}. */
    public BuildOptions withVersion(String name) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind, Optional.of(name), strict,
                keepGoing, pluginPath);
    }

    /** Where this build's pages go: the destination, or the version's folder in it. */
    public Path output() {
        Path root = destination.toAbsolutePath().normalize();
        return version.map(root::resolve).orElse(root);
    }

    public BuildOptions withStrict(boolean strictLinks) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind, version, strictLinks, keepGoing, pluginPath);
    }

    public BuildOptions withKeepGoing(boolean keepGoingOnErrors) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind, version, strict,
                keepGoingOnErrors, pluginPath);
    }

    public BuildOptions withPluginPath(List<Path> path) {
        return new BuildOptions(project, destination, drafts, time, configFiles, sourceKind, version, strict, keepGoing,
                path);
    }

    public BuildOptions withConfigFiles(List<Path> files) {
        return new BuildOptions(project, destination, drafts, time, files, sourceKind, version, strict, keepGoing, pluginPath);
    }
}
