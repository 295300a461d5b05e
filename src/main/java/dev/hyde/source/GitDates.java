package dev.hyde.source;

import dev.hyde.git.GitCommand;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each file of a project was last changed, from its git history: one {@code git log} for
 * the whole project, read once per build. A project that is not in a git repository, a machine
 * without git, or a file never committed has no date: a page then shows none rather than a
 * guessed one (a file's modification time is the time of the checkout on a build server).
 */
public final class GitDates {
    /** A history this long to read means something is wrong; the dates are then left out. */
    private static final long TIMEOUT_SECONDS = 30;
    private static final GitDates NONE = new GitDates(Map.of());

    private final Map<String, OffsetDateTime> lastChanged;

    private GitDates(Map<String, OffsetDateTime> lastChanged) {
        this.lastChanged = lastChanged;
    }

    public static GitDates none() {
        return NONE;
    }

    /** The dates of the files below {@code root}, by their path relative to it with forward slashes. */
    public static GitDates of(Path root) {
        return GitCommand.run(root, TIMEOUT_SECONDS, false, "-c", "core.quotePath=false", "log",
                "--format=format:%x01%cI", "--name-only", "-z", "--relative", "--no-renames", "--", ".")
                .map(out -> new GitDates(parse(out)))
                .orElse(NONE);
    }

    /** Commits newest first: {@code \1DATE\nname\0name\0\0\1DATE\n...}; a file's first sighting is its last change. */
    static Map<String, OffsetDateTime> parse(String log) {
        Map<String, OffsetDateTime> dates = new HashMap<>();
        for (String commit : log.split("\u0001")) {
            int newline = commit.indexOf('\n');
            if (newline < 0) {
                continue;
            }
            OffsetDateTime date;
            try {
                date = OffsetDateTime.parse(commit.substring(0, newline).strip());
            } catch (DateTimeParseException e) {
                continue;
            }
            for (String name : commit.substring(newline + 1).split("\u0000")) {
                if (!name.isBlank()) {
                    dates.putIfAbsent(name.strip(), date);
                }
            }
        }
        return Collections.unmodifiableMap(dates);
    }

    /** @param relativePath the file's path below the project root, with forward slashes */
    public Optional<OffsetDateTime> lastChanged(String relativePath) {
        return Optional.ofNullable(lastChanged.get(relativePath));
    }
}
