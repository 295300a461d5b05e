package dev.hyde.source;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one rule for symbolic links in every input folder (content, templates, includes, layouts,
 * assets, data, a Jekyll site's tree): a link is followed while its real target stays inside the
 * project; a link whose target leaves the project, a broken link and a link loop are errors that
 * name the link. Never a silent copy of a file from elsewhere on the machine, never a silent skip.
 */
public final class LinkGuard {
    private static final String OUTSIDE_HINT = "Hyde reads nothing outside the project folder. Copy the file into "
            + "the project, or make the link point to a file inside it.";

    private LinkGuard() {
    }

    /**
     * The regular files below {@code root}, in path order, with links inside the project followed.
     *
     * @param report receives one error for every link that leaves the project, is broken or loops
     */
    public static List<Path> files(Path root, ProjectLayout project, Consumer<Diagnostic> report) {
        List<Path> files = new ArrayList<>();
        if (!Files.exists(root)) {
            return files;
        }
        Optional<Diagnostic> rootProblem = check(root, project);
        if (rootProblem.isPresent()) {
            report.accept(rootProblem.get());
            return files;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Optional<Diagnostic> problem = dir.equals(root) ? Optional.empty() : check(dir, project);
                    problem.ifPresent(report);
                    return problem.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Optional<Diagnostic> problem = check(file, project);
                    problem.ifPresent(report);
                    if (problem.isEmpty() && attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        report.accept(loop(project.relative(file)));
                    } else {
                        report.accept(Diagnostic.error("File cannot be read").at(project.relative(file))
                                .detail(String.valueOf(e.getMessage())).hint("Check the file's permissions.").build());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            report.accept(Diagnostic.error("Folder cannot be read").at(project.relative(root))
                    .detail(String.valueOf(e.getMessage())).hint("Check the folder's permissions.").build());
        }
        files.sort(null);
        return files;
    }

    /**
     * Checks one entry of an input folder: empty when it is not a link, or a link whose real target
     * is inside the project.
     */
    public static Optional<Diagnostic> check(Path entry, ProjectLayout project) {
        if (!Files.isSymbolicLink(entry)) {
            return Optional.empty();
        }
        String shown = project.relative(entry);
        Path target;
        try {
            target = entry.toRealPath();
        } catch (IOException e) {
            return Optional.of(Diagnostic.error("Broken link").at(shown)
                    .detail("%s is a link to %s, which does not exist.", shown, readLink(entry))
                    .hint("Fix or remove the link.").build());
        }
        Path projectRoot;
        try {
            projectRoot = project.root().toRealPath();
        } catch (IOException e) {
            projectRoot = project.root();
        }
        if (target.startsWith(projectRoot)) {
            return isAbove(entry, target) ? Optional.of(loop(shown)) : Optional.empty();
        }
        return Optional.of(Diagnostic.error("Link leads outside the project").at(shown)
                .detail("%s is a link to %s, which is outside the project folder %s.", shown, target, projectRoot)
                .hint(OUTSIDE_HINT).build());
    }

    /** A link to a folder that holds the link itself would be walked for ever. */
    private static boolean isAbove(Path link, Path target) {
        try {
            return Files.isDirectory(target) && link.getParent().toRealPath().startsWith(target);
        } catch (IOException e) {
            return false;
        }
    }

    private static Diagnostic loop(String shown) {
        return Diagnostic.error("Link loop").at(shown)
                .detail("%s is a link to a folder that contains it.", shown)
                .hint("Remove the link, or point it at a folder that is not above it.").build();
    }

    private static String readLink(Path link) {
        try {
            return String.valueOf(Files.readSymbolicLink(link));
        } catch (IOException e) {
            return "a missing file";
        }
    }
}
