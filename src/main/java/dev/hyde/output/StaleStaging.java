package dev.hyde.output;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Folders a build leaves beside the destination only when it is killed or crashes: its staging
 * folder and, in the moment of the swap, the previous site. Each staging folder holds a marker
 * with the process id of its build, so the next build removes exactly those of builds that no
 * longer run, and never the folder of a build running beside it.
 */
final class StaleStaging {
    static final String STAGING = ".staging-";
    static final String PREVIOUS = ".previous-";
    private static final String MARKER = ".hyde-build-pid";

    private StaleStaging() {
    }

    static void mark(Path staging) throws IOException {
        Files.writeString(staging.resolve(MARKER), Long.toString(ProcessHandle.current().pid()));
    }

    /** The marker must not be published; removed just before the swap. */
    static void unmark(Path staging) throws IOException {
        Files.deleteIfExists(staging.resolve(MARKER));
    }

    /** Removes the staging folders of builds no longer running, and old copies none of them is swapping. */
    static void remove(Path parent, String destinationName) throws IOException {
        String prefix = "." + destinationName;
        boolean anotherBuildRuns = false;
        java.util.List<Path> previous = new java.util.ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + STAGING) && Files.isDirectory(sibling)) {
                    if (builderAlive(sibling)) {
                        anotherBuildRuns = true;
                    } else {
                        PathUtils.deleteDirectory(sibling);
                    }
                } else if (name.startsWith(prefix + PREVIOUS) && Files.isDirectory(sibling)) {
                    previous.add(sibling);
                }
            }
        }
        if (!anotherBuildRuns) {
            for (Path old : previous) {
                PathUtils.deleteDirectory(old);
            }
        }
    }

    /** A staging folder without a readable marker is being created or swapped: treated as alive. */
    private static boolean builderAlive(Path staging) {
        Optional<Long> pid;
        try {
            pid = Optional.of(Long.parseLong(Files.readString(staging.resolve(MARKER)).strip()));
        } catch (IOException | NumberFormatException e) {
            return Files.notExists(staging.resolve(MARKER)) && recentlyModified(staging);
        }
        return pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** A folder without a marker for more than a minute was left by a build that died mid-swap. */
    private static boolean recentlyModified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toMillis() > System.currentTimeMillis() - 60_000;
        } catch (IOException e) {
            return false;
        }
    }
}
