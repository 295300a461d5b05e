package dev.hyde.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import org.apache.commons.io.file.PathUtils;

/**
 * The write stage's disk sink. Pages are written into a fresh directory next to the destination
 * as they finish; only when the whole build succeeded does {@link #commit()} swap it in. A failed
 * build calls {@link #discard()} and the previous site stays exactly as it was.
 *
 * <p>A file whose bytes are the same as in the previous site keeps its modification time, so
 * rsync-style deploys upload only what changed.
 */
public final class StagedDirectory implements OutputSink, AutoCloseable {
    private final Path destination;
    private final Path staging;
    private boolean committed;
    /** Folders already created: most pages share their folder's parents, and each check is a system call. */
    private final java.util.concurrent.ConcurrentHashMap<Path, Boolean> folders = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every file placed, by its path in the site: true when taken from the previous site as it was. */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> placed = new java.util.concurrent.ConcurrentHashMap<>();

    private StagedDirectory(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /**
     * Makes the staging folder next to {@code destination}, after removing what builds that were
     * killed or crashed left there.
     *
     * @throws DiagnosticException when the folder next to the destination cannot be written
     */
    public static StagedDirectory create(Path destination) {
        Path dest = destination.toAbsolutePath().normalize();
        Path parent = dest.getParent();
        try {
            Files.createDirectories(parent);
            StaleStaging.remove(parent, dest.getFileName().toString());
            Path staging = parent.resolve("." + dest.getFileName() + StaleStaging.STAGING + UUID.randomUUID());
            Files.createDirectory(staging);
            StaleStaging.mark(staging);
            return new StagedDirectory(dest, staging);
        } catch (IOException e) {
            throw Diagnostic.error("Cannot write next to the output folder").at(parent.toString())
                    .detail("The site is built in a folder beside %s before it replaces it: %s", dest, e)
                    .hint("Make %s writable, or choose another destination with -d.", parent).exception();
        }
    }

    /** Writes one file; {@code path} is relative to the site root with forward slashes. Thread-safe. */
    @Override
    public void write(String path, byte[] bytes) {
        Path target = target(path); // refuses a path that leaves the site before anything is read
        Path previous = destination.resolve(path);
        boolean same = sameBytes(previous, bytes);
        createFolder(target.getParent());
        try {
            if (same) {
                // as it was: a link to the previous site's file, which keeps its time, instead of
                // writing it and setting its time (a search index is thousands of files)
                try {
                    Files.createLink(target, previous);
                    placed.put(sitePath(path, target), true);
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    // no links here: written below
                }
            }
            Files.write(target, bytes);
            // compared once, above: the file is not read back
            if (same) {
                Files.setLastModifiedTime(target, Files.getLastModifiedTime(previous));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        placed.put(sitePath(path, target), false);
    }

    /** Whether the previous site has a file of just these bytes at this place (itself, not a link). */
    private static boolean sameBytes(Path previous, byte[] bytes) {
        try {
            return Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) && Files.size(previous) == bytes.length
                    && java.util.Arrays.equals(Files.readAllBytes(previous), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies a file into the site. Thread-safe. */
    @Override
    public void copy(String path, Path source) {
        place(path, target -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
    }

    /** Copies a stream (a bundled resource) into the site. Thread-safe. */
    @Override
    public void copy(String path, InputStream source) {
        try (source) {
            place(path, target -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes a file of the previous site into this one as it is, with its modification time: as a
     * second link to it where the file system allows, else as a copy. Thread-safe.
     */
    public void reuse(String path) {
        Path previous = destination.resolve(path);
        Path target = target(path);
        placed.put(sitePath(path, target), true);
        createFolder(target.getParent());
        try {
            try {
                Files.createLink(target, previous);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one file of the site with {@code writer}, in its folder, keeping the old time if the bytes are the old ones. */
    private void place(String path, FileWriter writer) {
        Path target = target(path);
        placed.put(sitePath(path, target), false);
        createFolder(target.getParent());
        try {
            writer.write(target);
            keepTimeIfUnchanged(path, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(Path target) throws IOException;
    }

    /** Creates the folder once; a thread writing into it meanwhile waits until it exists. */
    private void createFolder(Path folder) {
        folders.computeIfAbsent(folder, f -> {
            try {
                Files.createDirectories(f);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void keepTimeIfUnchanged(String path, Path written) throws IOException {
        Path previous = destination.resolve(path);
        if (Files.isRegularFile(previous) && Files.size(previous) == Files.size(written)
                && Files.mismatch(previous, written) == -1) {
            Files.setLastModifiedTime(written, Files.getLastModifiedTime(previous));
        }
    }

    /**
     * Replaces the destination with everything written.
     *
     * @throws DiagnosticException when the previous site cannot be replaced; it is then untouched
     */
    public void commit() {
        commit(Runnable::run);
    }

    /**
     * As {@link #commit()}, handing the deletion of the previous site to {@code cleanUp}, which
     * may run it later, beside other work, as long as it runs it: a site of 10,000 pretty URLs is
     * 20,000 files and folders to delete, which need not hold up what a build does after it.
     */
    public void commit(java.util.function.Consumer<Runnable> cleanUp) {
        Path previous = destination.resolveSibling("." + destination.getFileName() + StaleStaging.PREVIOUS
                + UUID.randomUUID());
        // Checked before anything moves: a swap whose old copy then cannot be deleted would leave
        // the new site in place, the old one beside it and the build reported as failed.
        ReplaceCheck.check(destination);
        try {
            StaleStaging.unmark(staging);
            boolean hadPrevious = Files.exists(destination);
            if (hadPrevious) {
                move(destination, previous);
            }
            try {
                move(staging, destination);
            } catch (IOException e) {
                if (hadPrevious) {
                    move(previous, destination);
                }
                throw e;
            }
            committed = true;
        } catch (IOException e) {
            throw Diagnostic.error("Cannot replace the previous site").at(destination.toString())
                    .detail("Moving the new site into place failed: %s. The previous site was left as it was.", e)
                    .hint("Check the permissions of %s and the folder it is in.", destination).exception();
        }
        cleanUp.accept(() -> {
            try {
                deleteOnAllCores(previous);
            } catch (IOException | UncheckedIOException e) {
                // The new site is in place and the check above found the old one deletable; whatever
                // still stands (a file that changed meanwhile) is removed by the next build.
            }
        });
    }

    /**
     * Deletes a folder, its top-level folders in parallel: a site of pretty URLs is a folder per
     * page, and deleting the previous one took a fifth of a build that kept all but one page.
     */
    private static void deleteOnAllCores(Path folder) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.toList();
        }
        children.parallelStream().forEach(child -> {
            try {
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    PathUtils.deleteDirectory(child);
                } else {
                    Files.deleteIfExists(child);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        PathUtils.deleteDirectory(folder);
    }

    /** Throws away everything written; the destination is untouched. */
    public void discard() {
        if (committed || !Files.exists(staging)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        discard();
    }

    /**
     * Every file of the site as built, by its path in the site with forward slashes: true for a
     * file taken from the previous site as it was ({@link #reuse}), so of the size and
     * modification time it had there; false for one written or copied.
     */
    public java.util.Map<String, Boolean> placed() {
        return java.util.Collections.unmodifiableMap(placed);
    }

    /**
     * A file's path in the site: the one given when it is already plain (as a page's output path
     * is, which the page holds anyway: a site of 100,000 pages would hold each twice), else the
     * one it comes to.
     */
    private String sitePath(String path, Path target) {
        boolean plain = !path.isEmpty() && path.charAt(0) != '/' && path.indexOf('\\') < 0 && !path.contains("//")
                && !("/" + path + "/").contains("/./") && !("/" + path + "/").contains("/../") && !path.endsWith("/");
        return plain ? path : staging.relativize(target).toString().replace('\\', '/');
    }

    private Path target(String path) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("output path leaves the site: " + path);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }
}
