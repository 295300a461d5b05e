package dev.hyde.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hyde.config.SiteConfig;
import dev.hyde.config.SiteVersion;
import dev.hyde.config.VersionList;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Several versions of the docs side by side in one destination: {@code DEST/1.1/}, {@code DEST/2.0/},
 * each built on its own ({@code hyde build --version 2.0}) and replaced as a whole, while the
 * others stay as they are. Beside them, every build of a version writes {@code DEST/versions.json}
 * (read by the theme's selector and banner in every version, so an old version learns of a newer
 * one without being rebuilt) and {@code DEST/index.html}, which sends readers to the latest.
 *
 * <p>The list itself is the {@code versions:} setting of the build that runs: it is reviewed with
 * the sources, checked with the line of each entry, and published whole, so the file readers see
 * is always the list the docs team wrote, never one pieced together from builds of old branches.
 */
public final class VersionedOutput {
    /** What the shared list is called, beside the version folders. */
    public static final String INDEX = "versions.json";
    /** Marks a {@code versions.json} as Hyde's, so Hyde never takes someone else's file for its own. */
    static final String FORMAT = "hyde-versions/1";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VersionedOutput() {
    }

    /** A {@code --version} that could not be a folder of the destination; checked before anything is read. */
    static Optional<Diagnostic> checkName(String name) {
        if (SAFE_NAME.matcher(name).matches() && !name.matches("\\.+")) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.error("Version '" + name + "' cannot be a folder name")
                .detail("A version is written to a folder of its name inside the destination.")
                .hint("Name a version from the 'versions' list, e.g. --version 1.2.").build());
    }

    /**
     * This build's configuration as version {@code name}: it must be in the list, and every other
     * version in the list must already be published in {@code root}, or the selector would offer
     * pages that do not exist.
     */
    static SiteConfig configure(SiteConfig config, String name, Path root, boolean jekyll, Diagnostics diagnostics) {
        VersionList list = config.versions();
        if (jekyll) {
            diagnostics.addAll(list.problems()); // a Hyde project's were reported with the configuration
        }
        Optional<SiteVersion> version = list.find(name);
        if (version.isEmpty() && !list.problems().isEmpty()) {
            return config; // the list's own errors come first; the name may be in an entry they left out
        }
        if (version.isEmpty()) {
            Diagnostic.Builder missing = Diagnostic.error("Version '" + name + "' is not in the versions list");
            if (list.isEmpty()) {
                diagnostics.add(missing.at(list.file())
                        .detail("--version builds one version of the docs, among the versions the configuration lists.")
                        .hint("Add the list to %s, newest first:\nversions:\n  - name: \"%s\"\n    latest: true",
                                list.file(), name).build());
            } else {
                diagnostics.add(missing.at(list.file(), list.line())
                        .detail("The list names %s.", String.join(", ", list.versions().stream()
                                .map(v -> "'" + v.name() + "'").toList()))
                        .hint("Add '- name: \"%s\"' to the list before building it, or correct the name given to "
                                + "--version.", name).build());
            }
            return config;
        }
        for (SiteVersion other : list.versions()) {
            if (!other.name().equals(name) && !Files.isDirectory(root.resolve(other.name()))) {
                diagnostics.add(Diagnostic.error("Version '" + other.name() + "' is not published")
                        .at(other.file(), other.line())
                        .detail("The versions list names '%s', but %s is not a folder; the version selector would "
                                + "lead readers to missing pages.", other.name(), root.resolve(other.name()))
                        .hint("Build it first (hyde build --version %s), or leave it out of the list until it is.",
                                other.name()).build());
            }
        }
        return config.forVersion(version.get());
    }

    /**
     * Refuses to replace a destination that holds published versions with a site that is not one:
     * the swap would delete every version at once.
     */
    public static Optional<Diagnostic> checkUnversioned(Path destination) {
        Path index = destination.resolve(INDEX);
        try {
            if (Files.isRegularFile(index) && Files.readString(index, StandardCharsets.UTF_8).contains(FORMAT)) {
                return Optional.of(Diagnostic.error("The destination holds several versions of the docs")
                        .at(destination.toString())
                        .detail("%s lists the versions published there; building without --version would "
                                + "replace all of them with this one site.", index)
                        .hint("Build one version with --version NAME (Maven: -Dhyde.version=NAME), or choose "
                                + "another destination with -d.").build());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // unreadable: not a list Hyde wrote
        }
        return Optional.empty();
    }

    /**
     * Writes {@code root/versions.json} and {@code root/index.html} from the list, each replaced in
     * one move, so a reader never gets half a file.
     */
    static void publish(VersionList list, String root, Path folder) {
        SiteVersion latest = list.latest().orElseThrow();
        try {
            replace(folder.resolve(INDEX), index(list, root, latest));
            replace(folder.resolve("index.html"), redirect(root + "/" + latest.name() + "/", latest.label()));
        } catch (IOException e) {
            throw Diagnostic.error("Cannot write the list of versions").at(folder.resolve(INDEX).toString())
                    .detail("The version was published, but %s could not be written: %s", INDEX, e)
                    .hint("Check the permissions of %s and build the version again.", folder).exception();
        }
    }

    /** The shared list: {@code {"format", "latest", "versions": [{name, label, url}]}}, newest first. */
    static String index(VersionList list, String root, SiteVersion latest) throws JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("latest", latest.name());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (SiteVersion v : list.versions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", v.name());
            entry.put("label", v.label());
            entry.put("url", root + "/" + v.name() + "/");
            versions.add(entry);
        }
        json.put("versions", versions);
        return JSON.writeValueAsString(json) + "\n";
    }

    /** A page that sends the reader on at once, with a link for when it cannot. */
    private static String redirect(String target, String label) {
        String escaped = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String text = label.replace("&", "&amp;").replace("<", "&lt;");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Redirecting to " + text + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + escaped + "\">\n"
                + "</head>\n<body>\n<p>The latest documentation is <a href=\"" + escaped + "\">" + text + "</a>.</p>\n"
                + "</body>\n</html>\n";
    }

    private static void replace(Path target, String text) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
