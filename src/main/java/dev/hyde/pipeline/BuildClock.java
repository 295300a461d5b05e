package dev.hyde.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The build time. {@code SOURCE_DATE_EPOCH} (seconds), the reproducible-builds convention,
 * pins it so that two builds of the same sources give the same bytes even where a template
 * prints {@code site.time}.
 */
final class BuildClock {
    private BuildClock() {
    }

    /** Whether a build's time is fixed (given, or {@code SOURCE_DATE_EPOCH}) rather than the moment it runs. */
    static boolean pinned(BuildOptions options) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return options.time().isPresent() || epoch != null && epoch.strip().matches("\\d+");
    }

    static ZonedDateTime now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC);
        }
        return ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
