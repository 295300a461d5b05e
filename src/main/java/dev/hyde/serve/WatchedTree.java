package dev.hyde.serve;

import dev.hyde.config.ProjectLayout;
import io.methvin.watcher.visitor.FileTreeVisitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells the directory watcher which folders to watch: the project root itself (for
 * {@code _config.yml} and sources folders that appear) and everything below content/,
 * templates/ and _data/ — but not target/, site/ or .git/, whose churn would only cost time.
 */
final class WatchedTree implements FileTreeVisitor {
    private final ProjectLayout project;
    private final List<Path> sources;

    WatchedTree(ProjectLayout project) {
        this.project = project;
        this.sources = List.of(project.content(), project.layouts(), project.data());
    }

    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Path path = start.toAbsolutePath().normalize();
        if (path.equals(project.root())) {
            onDirectory.call(path);
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.sorted().toList()) {
                    if (Files.isRegularFile(child)) {
                        onFile.call(child);
                    } else if (sources.contains(child)) {
                        FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(child, onDirectory, onFile);
                    }
                }
            }
        } else if (sources.stream().anyMatch(path::startsWith)) {
            FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(path, onDirectory, onFile);
        }
    }
}
