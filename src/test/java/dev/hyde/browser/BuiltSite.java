package dev.hyde.browser;

import dev.hyde.Hyde;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.DiagnosticFormatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project built with {@link Hyde#build} into {@code target/browser-sites/NAME}, and the pages it wrote. */
record BuiltSite(String name, Path project, Path destination, List<String> pages) {

    static BuiltSite build(String name, Path project) {
        Path destination = Path.of("target", "browser-sites", name).toAbsolutePath();
        BuildResult result = Hyde.build(BuildOptions.of(project.toAbsolutePath()).withDestination(destination));
        assertTrue(result.succeeded(), () -> "build of " + project + " failed:\n"
                + DiagnosticFormatter.formatAll(result.diagnostics()));
        return new BuiltSite(name, project, destination, htmlPages(destination));
    }

    /** The URL path of every HTML file written: {@code guide/index.html} is {@code /guide/}. */
    private static List<String> htmlPages(Path destination) {
        try (Stream<Path> files = Files.walk(destination)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .map(f -> "/" + destination.relativize(f).toString().replace('\\', '/'))
                    .map(url -> url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
