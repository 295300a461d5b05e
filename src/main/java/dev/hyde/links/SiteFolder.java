package dev.hyde.links;

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

/**
 * The files of a built site's folder, walked with the rule the project applies to its input
 * folders ({@code dev.hyde.source.LinkGuard}): a symbolic link is followed while its real target
 * stays inside the folder. A link that leaves it, a broken link and a loop are reported and not
 * read, so the check never reads, or vouches for, a file from elsewhere on the machine.
 *
 * @param files    every file's path below the folder, forward slashes, in path order
 * @param linkedOut files that are links leading out of the folder: they are there for a web server
 *                  that follows links, so links to them are not broken, but they are never read
 * @param problems one error for each link that leaves the folder, is broken or loops, and each
 *                 entry that cannot be read
 */
record SiteFolder(List<String> files, List<String> linkedOut, List<Diagnostic> problems) {

    private static final String OUTSIDE_HINT = "A web server may not follow it, and the check reads nothing outside "
            + "the folder: copy the file into the site, or make the link point inside it.";

    SiteFolder {
        files = List.copyOf(files);
        linkedOut = List.copyOf(linkedOut);
        problems = List.copyOf(problems);
    }

    /**
     * @param root  the folder, as the user named it
     * @param shown how a path below the folder is named in reports
     */
    static SiteFolder walk(Path root, java.util.function.Function<String, String> shown) throws IOException {
        Path realRoot = root.toRealPath();
        List<String> files = new ArrayList<>();
        List<String> linkedOut = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                Optional<Diagnostic> problem = check(dir, relative(dir));
                problem.ifPresent(problems::add);
                return problem.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = relative(file);
                Optional<Diagnostic> problem = check(file, path);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    if (attrs.isRegularFile()) {
                        linkedOut.add(path); // a link to a file outside: present, not read
                    }
                } else if (attrs.isRegularFile()) {
                    files.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String path = relative(file);
                if (e instanceof FileSystemLoopException) {
                    problems.add(loop(shown.apply(path)));
                } else {
                    problems.add(Diagnostic.error("File cannot be read").at(shown.apply(path))
                            .detail("%s", String.valueOf(e.getMessage())).hint("Check the file's permissions.").build());
                }
                return FileVisitResult.CONTINUE;
            }

            private String relative(Path path) {
                return root.relativize(path).toString().replace('\\', '/');
            }

            private Optional<Diagnostic> check(Path entry, String path) {
                if (!Files.isSymbolicLink(entry)) {
                    return Optional.empty();
                }
                String name = shown.apply(path);
                Path target;
                try {
                    target = entry.toRealPath();
                } catch (IOException e) {
                    return Optional.of(Diagnostic.error("Broken symbolic link").at(name)
                            .detail("%s is a link to %s, which does not exist.", name, readLink(entry))
                            .hint("Fix or remove the link.").build());
                }
                if (!target.startsWith(realRoot)) {
                    return Optional.of(Diagnostic.error("Link leads outside the site folder").at(name)
                            .detail("%s is a link to %s, which is outside %s.", name, target, realRoot)
                            .hint(OUTSIDE_HINT).build());
                }
                try {
                    if (Files.isDirectory(target) && entry.getParent().toRealPath().startsWith(target)) {
                        return Optional.of(loop(name));
                    }
                } catch (IOException e) {
                    return Optional.empty(); // the walk reports what cannot be read
                }
                return Optional.empty();
            }
        });
        files.sort(null);
        linkedOut.sort(null);
        return new SiteFolder(files, linkedOut, problems);
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
