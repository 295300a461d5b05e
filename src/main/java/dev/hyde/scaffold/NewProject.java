package dev.hyde.scaffold;

import dev.hyde.about.Versions;
import dev.hyde.pipeline.Plural;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code hyde new DIR} and {@code mvn dev.hyde:hyde:new}: writes a documentation project that
 * builds at once with {@code hyde build} and {@code mvn site:generate}, on the built-in theme
 * (which stays in Hyde's jar: the project holds only its own content).
 *
 * <p>The files come from {@code src/main/resources/dev/hyde/scaffold/}, stored without their
 * leading dots ({@code gitignore}, {@code mvn/}, {@code github/}) because Maven's resource copying
 * leaves dot-files out by default.
 */
public final class NewProject {
    private static final String RESOURCES = "/dev/hyde/scaffold/";

    /** A resource of the scaffold and the path it is written to below the new project. */
    private record Entry(String resource, String target) {
    }

    private static final List<Entry> FILES = List.of(
            new Entry("pom.xml", "pom.xml"),
            new Entry("mvn/jvm.config", ".mvn/jvm.config"),
            new Entry("_config.yml", "_config.yml"),
            new Entry("gitignore", ".gitignore"),
            new Entry("github/workflows/pages.yml", ".github/workflows/pages.yml"),
            new Entry("content/index.md", "content/index.md"),
            new Entry("content/guide/index.md", "content/guide/index.md"),
            new Entry("content/guide/install.md", "content/guide/install.md"),
            new Entry("content/guide/first-steps.md", "content/guide/first-steps.md"),
            new Entry("content/reference/index.md", "content/reference/index.md"),
            new Entry("content/reference/configuration.md", "content/reference/configuration.md"));

    /**
     * What was done.
     *
     * @param directory the project folder, absolute
     * @param written   the files written, relative to it
     * @param kept      with {@code force}: files that were there already and were left as they were
     */
    public record Created(Path directory, List<String> written, List<String> kept) {
        public Created {
            written = List.copyOf(written);
            kept = List.copyOf(kept);
        }

        /** What was written and what to do next, with the commands of the front door that was used. */
        public String summary(String serveCommand, String buildCommand) {
            StringBuilder text = new StringBuilder("Created a Hyde project in ").append(directory)
                    .append(": ").append(Plural.of(written.size(), "file")).append(" written.");
            if (!kept.isEmpty()) {
                text.append("\nKept as they were: ").append(String.join(", ", kept)).append('.');
            }
            return text.append("\nNext:\n  cd ").append(directory)
                    .append("\n  ").append(serveCommand).append("   (preview with live reload)")
                    .append("\n  ").append(buildCommand).append("   (build the site into site/)")
                    .toString();
        }
    }

    private NewProject() {
    }

    /**
     * The reason {@code directory} cannot take a new project, if there is one: it is a file, or a
     * folder with something in it (unless {@code force}). Checked before anything is written, so
     * that a refusal leaves the disk as it was.
     */
    public static Optional<Diagnostic> refusal(Path directory, boolean force) {
        Path dir = directory.toAbsolutePath().normalize();
        Path existing = dir;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return Optional.of(Diagnostic.error("Not a folder: " + existing)
                    .detail(existing.equals(dir) ? "A file of that name is there already."
                            : "The project would go below it, and a file cannot hold folders.")
                    .hint("Give the path of a new or empty folder, e.g. hyde new docs.").build());
        }
        if (existing != null && existing.equals(dir) && !force) {
            List<String> inside = entries(dir);
            if (!inside.isEmpty()) {
                return Optional.of(Diagnostic.error("Folder is not empty: " + dir)
                        .detail("It holds %s%s.", String.join(", ", inside.subList(0, Math.min(3, inside.size()))),
                                inside.size() > 3 ? " and " + (inside.size() - 3) + " more" : "")
                        .hint("Choose a new or empty folder, or add --force (Maven: -Dhyde.force=true) to write "
                                + "the project's files into it; files already there are kept as they are.").build());
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the project.
     *
     * @param title the site's title; empty to make one from the folder's name
     * @throws DiagnosticException when the folder is refused (see {@link #refusal}) or a file cannot be written
     */
    public static Created create(Path directory, boolean force, String title) {
        refusal(directory, force).ifPresent(d -> {
            throw new DiagnosticException(d);
        });
        Path dir = directory.toAbsolutePath().normalize();
        String name = dir.getFileName() == null ? "docs" : dir.getFileName().toString();
        String siteTitle = title == null || title.isBlank() ? titleOf(name) : title.strip();
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Entry entry : FILES) {
            Path target = dir.resolve(entry.target());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                kept.add(entry.target());
                continue;
            }
            String text = fill(resource(entry.resource()), entry.target(), siteTitle, artifactId(name));
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                kept.add(entry.target());
                continue;
            } catch (IOException | SecurityException e) {
                throw Diagnostic.error("Cannot write the new project in " + dir)
                        .detail("Writing %s failed: %s%s", entry.target(), e.getClass().getSimpleName(),
                                e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                        .hint(written.isEmpty() ? "Check that you may create files there, or choose another folder."
                                : "Check that you may create files there; the files written so far are "
                                + String.join(", ", written) + ".").exception();
            }
            written.add(entry.target());
        }
        return new Created(dir, written, kept);
    }

    /** The folder's entries by name, sorted, or none when it cannot be listed. */
    private static List<String> entries(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String resource(String name) {
        try (InputStream in = NewProject.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Hyde's jar has no " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The placeholders, each escaped for the file it goes into. */
    private static String fill(String text, String target, String title, String artifactId) {
        String escapedTitle = target.endsWith(".xml") ? xml(title)
                : target.endsWith(".yml") || target.endsWith(".md") ? yamlDoubleQuoted(title) : title;
        return text.replace("@HYDE_VERSION@", Versions.hyde())
                .replace("@ARTIFACT_ID@", artifactId)
                .replace("@TITLE@", escapedTitle);
    }

    /** {@code my-docs} → {@code My docs}. */
    static String titleOf(String folder) {
        String words = folder.replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "Documentation";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A Maven artifactId from the folder name: lower case letters, digits, '.', '-' and '_'. */
    static String artifactId(String folder) {
        String id = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return id.isEmpty() ? "docs" : id;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The placeholder sits inside double quotes in the YAML (and front matter) of the scaffold. */
    private static String yamlDoubleQuoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
