package dev.hyde;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A whole site written as one text block, built for real into a temporary folder:
 *
 * <pre>
 * -- content/guide.md --
 * ---
 * title: Guide
 * ---
 * Hello {{ page.title }}!
 * -- templates/default.ftlh --
 * &lt;main&gt;${content?no_esc}&lt;/main&gt;
 * </pre>
 */
public final class TestSite {
    public static final ZonedDateTime TIME = ZonedDateTime.parse("2017-07-11T15:29:34-07:00");
    private static final Pattern FILE_HEADER = Pattern.compile("(?m)^-- (\\S+) --\\n");

    private final Path root;
    private final BuildResult result;

    private TestSite(Path root, BuildResult result) {
        this.root = root;
        this.result = result;
    }

    /** Builds the site and fails the test, listing every diagnostic, if the build has errors. */
    public static TestSite build(String files) {
        TestSite site = buildAllowingErrors(files);
        if (!site.result.succeeded()) {
            fail("build failed:\n" + DiagnosticFormatter.formatAll(site.result.diagnostics()));
        }
        return site;
    }

    /** Builds the site expecting it to fail; returns its errors. */
    public static List<Diagnostic> buildExpectingErrors(String files) {
        TestSite site = buildAllowingErrors(files);
        assertFalse(site.result.succeeded(), "the build was expected to fail");
        return site.result.errors();
    }

    public static TestSite buildAllowingErrors(String files) {
        Path root = write(files);
        return new TestSite(root, Hyde.build(BuildOptions.of(root).withTime(TIME)));
    }

    /** Builds with options derived from the written folder, e.g. extra configuration files. */
    public static TestSite build(String files, java.util.function.UnaryOperator<BuildOptions> options) {
        Path root = write(files);
        TestSite site = new TestSite(root, Hyde.build(options.apply(BuildOptions.of(root).withTime(TIME))));
        if (!site.result.succeeded()) {
            fail("build failed:\n" + DiagnosticFormatter.formatAll(site.result.diagnostics()));
        }
        return site;
    }

    /** Builds a project already written (with {@link #write}) and changed since, e.g. made a git repository. */
    public static TestSite buildIn(Path root) {
        TestSite site = new TestSite(root, Hyde.build(BuildOptions.of(root).withTime(TIME)));
        if (!site.result.succeeded()) {
            fail("build failed:\n" + DiagnosticFormatter.formatAll(site.result.diagnostics()));
        }
        return site;
    }

    /** Every file below a folder (a built site) by its path there, with forward slashes; empty when there is no folder. */
    public static java.util.Map<String, byte[]> files(Path root) {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Writes the files into a fresh folder below target/, where 'mvn clean' removes them. */
    public static Path write(String files) {
        try {
            Path base = Files.createDirectories(Path.of("target", "test-sites"));
            Path root = Files.createTempDirectory(base.toAbsolutePath(), "site");
            writeInto(root, files);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or overwrites) the files of a text block into an existing folder. */
    public static void writeInto(Path root, String files) {
        Matcher m = FILE_HEADER.matcher(files);
        List<MatchResultView> headers = m.results().map(r -> new MatchResultView(r.group(1), r.start(), r.end())).toList();
        try {
            for (int i = 0; i < headers.size(); i++) {
                MatchResultView h = headers.get(i);
                int end = i + 1 < headers.size() ? headers.get(i + 1).start() : files.length();
                Path file = root.resolve(h.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, files.substring(h.end(), end), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files a text block names, resolved against {@code root}. */
    public static List<Path> pathsOf(Path root, String files) {
        return FILE_HEADER.matcher(files).results().map(r -> root.resolve(r.group(1))).toList();
    }

    private record MatchResultView(String path, int start, int end) {
    }

    public BuildResult result() {
        return result;
    }

    public Path root() {
        return root;
    }

    /** Where the site was written: site/, or _site/ for a Jekyll site. */
    public Path site() {
        return result.destination();
    }

    /** A generated page, parsed. */
    public Document html(String path) {
        return Jsoup.parse(text(path));
    }

    /** A generated file's text. */
    public String text(String path) {
        try {
            return Files.readString(site().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(site().resolve(path));
    }
}
