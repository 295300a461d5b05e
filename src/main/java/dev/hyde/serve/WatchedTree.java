package dev.hyde.serve;

import io.methvin.watcher.visitor.FileTreeVisitor;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Tells the directory watcher which folders to watch: each root itself (for the configuration
 * files and sources folders that appear) and the sources below it, but no other folder, so that
 * churn elsewhere in the project costs no watch and no rebuild.
 */
final class WatchedTree implements FileTreeVisitor {
    private final WatchedSources sources;

    WatchedTree(WatchedSources sources) {
        this.sources = sources;
    }

    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Path path = start.toAbsolutePath().normalize();
        if (sources.roots().contains(path) && !sources.folders().contains(path)) {
            onDirectory.call(path);
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    if (sources.folders().contains(child) && Files.isDirectory(child)) {
                        walk(child, onDirectory, onFile);
                    } else if (Files.isRegularFile(child) && sources.isSource(child)) {
                        onFile.call(child);
                    }
                }
            }
        } else if (sources.isSource(path) && !sources.isSkipped(path) && Files.isDirectory(path)) {
            walk(path, onDirectory, onFile);
        }
    }

    private void walk(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(start) && sources.isSkipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // vanished while being walked: its deletion event follows
            }
        });
    }
}
