package dev.hyde.build;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param project     the project's root folder
 * @param destination where the site goes; usually {@code project/site}
 * @param drafts      also build pages marked {@code draft: true}
 * @param time        the build time for {@code site.time}; empty means now (or
 *                    {@code SOURCE_DATE_EPOCH} when set, for reproducible builds)
 */
public record BuildOptions(Path project, Path destination, boolean drafts, Optional<ZonedDateTime> time) {

    /** Builds {@code project} into {@code project/site}. */
    public static BuildOptions of(Path project) {
        return new BuildOptions(project, project.resolve("site"), false, Optional.empty());
    }

    public BuildOptions withDestination(Path destination) {
        return new BuildOptions(project, destination, drafts, time);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(project, destination, drafts, time);
    }

    public BuildOptions withTime(ZonedDateTime time) {
        return new BuildOptions(project, destination, drafts, Optional.of(time));
    }
}
