package dev.hyde.output;

import dev.hyde.diag.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that the previous site can be moved aside and deleted before the new one is swapped in:
 * every folder of it must be writable (deleting a file needs its folder's write permission) and so
 * must the folder that holds it.
 */
final class ReplaceCheck {
    private ReplaceCheck() {
    }

    static void check(Path destination) {
        if (!Files.exists(destination)) {
            return;
        }
        if (!Files.isDirectory(destination) || Files.isSymbolicLink(destination)) {
            throw refused(destination, destination, "it is not a folder");
        }
        if (!Files.isWritable(destination.getParent())) {
            throw refused(destination, destination.getParent(), "the folder that holds it is read-only");
        }
        if (!Files.isWritable(destination)) {
            throw refused(destination, destination, "it is read-only");
        }
        // its top-level folders on all cores: a site of pretty URLs is a folder per page
        List<Path> children;
        try (Stream<Path> list = Files.list(destination)) {
            children = list.filter(child -> Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw refused(destination, destination, "it cannot be read (" + e.getMessage() + ")");
        }
        children.parallelStream().forEach(child -> {
            try {
                Files.walkFileTree(child, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!Files.isWritable(dir)) {
                            throw refused(destination, dir, "it is read-only");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw refused(destination, child, "it cannot be read (" + e.getMessage() + ")");
            }
        });
    }

    private static dev.hyde.diag.DiagnosticException refused(Path destination, Path culprit, String why) {
        return Diagnostic.error("Cannot replace the previous site").at(destination.toString())
                .detail("%s cannot be replaced: %s is in the way, %s. The previous site was left as it was.",
                        destination, culprit, why)
                .hint("Make it writable (chmod -R u+w %s) or delete it, then build again.", destination).exception();
    }
}
