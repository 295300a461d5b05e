package dev.hyde.compare;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two built sites page by page: every {@code *.html} of the reference with the file at
 * the same path in our site. The one entry point of {@code hyde compare} and {@code mvn site:compare}.
 */
public final class SiteComparison {

    private SiteComparison() {
    }

    /**
     * @throws DiagnosticException when a folder does not exist, is not a folder, cannot be read,
     *                             or the reference has no HTML pages: all mistakes in what was asked
     */
    public static ComparisonReport compare(Path reference, Path site) {
        Path ref = folder(reference, "Reference folder",
                "Pass the folder of the built site you migrate from, e.g. the old Jekyll _site.");
        Path ours = folder(site, "Site folder",
                "Build the site first (hyde build), or pass the folder it was written to.");
        SortedSet<String> refPages = htmlPages(ref);
        if (refPages.isEmpty()) {
            throw Diagnostic.error("No HTML pages in the reference folder " + ref)
                    .hint("Pass the folder of the built site (the one holding index.html), not its sources.")
                    .exception();
        }
        SortedSet<String> ourPages = htmlPages(ours);
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String path : refPages) {
            (ourPages.contains(path) ? present : missing).add(path);
        }
        List<String> extra = ourPages.stream().filter(p -> !refPages.contains(p)).toList();
        // parsing dominates on large sites; the stream keeps the order of 'present'
        List<PageComparison> pages = present.parallelStream()
                .map(path -> PageComparison.of(path, read(ref, path), read(ours, path)))
                .toList();
        return new ComparisonReport(ref, ours, pages, missing, extra);
    }

    private static Path folder(Path given, String what, String hint) {
        Path path = given.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw Diagnostic.error(what + " does not exist: " + given).hint(hint).exception();
        }
        if (!Files.isDirectory(path)) {
            throw Diagnostic.error(what + " is not a folder: " + given)
                    .hint("Pass the folder that holds the site's pages, not a file in it.").exception();
        }
        return path;
    }

    /** Paths relative to {@code root} with forward slashes, so they read the same on every system. */
    private static SortedSet<String> htmlPages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            SortedSet<String> pages = new TreeSet<>();
            files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html"))
                    .filter(Files::isRegularFile)
                    .forEach(f -> pages.add(root.relativize(f).toString().replace(File.separatorChar, '/')));
            return pages;
        } catch (IOException | UncheckedIOException e) {
            throw Diagnostic.error("Could not read the folder " + root)
                    .detail(String.valueOf(e.getMessage()))
                    .hint("Check that the folder and everything in it can be read.").exception();
        }
    }

    private static ReaderView read(Path root, String page) {
        Path file = root.resolve(page);
        try {
            return ReaderView.read(file);
        } catch (IOException e) {
            throw Diagnostic.error("Could not read the page " + file)
                    .detail(String.valueOf(e.getMessage()))
                    .hint("Check that the file can be read.").exception();
        }
    }
}
