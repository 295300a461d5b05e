package dev.hyde.serve;

import dev.hyde.config.ProjectLayout;
import io.methvin.watcher.visitor.FileTreeVisitor;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells the directory watcher which folders to watch: the project root itself (for
 * {@code _config.yml} and sources folders that appear) and the sources below it, but not
 * folders whose churn would only cost rebuilds: hidden ones ({@code .git}), build output
 * ({@code target}, {@code site}, {@code _site}) and installed packages.
 */
final class WatchedTree implements FileTreeVisitor {
    private static final Set<String> NEVER = Set.of("target", "site", "_site", "node_modules", "vendor");

    private final ProjectLayout project;
    private final List<Path> sources;

    WatchedTree(ProjectLayout project) {
        this.project = project;
        this.sources = List.of(project.content(), project.layouts(), project.data());
    }

    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Path path = start.toAbsolutePath().normalize();
        if (path.equals(project.root()) && !sources.contains(path)) {
            onDirectory.call(path);
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    if (Files.isRegularFile(child)) {
                        onFile.call(child);
                    } else if (sources.contains(child)) {
                        walk(child, onDirectory, onFile);
                    }
                }
            }
        } else if (sources.stream().anyMatch(path::startsWith) && !isSkipped(path)) {
            walk(path, onDirectory, onFile);
        }
    }

    /** Hidden folders anywhere; build output and packages only right below the root. */
    private boolean isSkipped(Path dir) {
        for (Path p = dir; p != null && !p.equals(project.root()); p = p.getParent()) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") || (NEVER.contains(name) && project.root().equals(p.getParent()))) {
                return true;
            }
        }
        return false;
    }

    private void walk(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(start) && isSkipped(dir)) {
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
