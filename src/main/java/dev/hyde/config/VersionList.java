package dev.hyde.config;

import dev.hyde.diag.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * The {@code versions:} setting: every version of the docs that is published side by side,
 * newest first as the selector shows them. Empty when the site is not versioned.
 *
 * @param versions the entries as written, checked: unique, safe folder names, one latest
 * @param file     the configuration file that sets the list ({@code _config.yml} when none does)
 * @param line     the line of {@code versions:} there, 0 when it is not set
 * @param problems what is wrong with the list as written; the entries concerned are left out
 */
public record VersionList(List<SiteVersion> versions, String file, int line, List<Diagnostic> problems) {
    public static final String KEY = "versions";

    public VersionList {
        versions = List.copyOf(versions);
        problems = List.copyOf(problems);
    }

    public static VersionList none(String file) {
        return new VersionList(List.of(), file, 0, List.of());
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    public Optional<SiteVersion> find(String name) {
        return versions.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The entry marked {@code latest: true}, else the first one. */
    public Optional<SiteVersion> latest() {
        return versions.stream().filter(SiteVersion::latest).findFirst().or(() -> versions.stream().findFirst());
    }
}
