package dev.hyde.links;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.hyde.diag.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of {@code hyde check --json FILE}, for tools: every problem, none left out.
 *
 * <pre>
 * {
 *   "site" : "site",
 *   "checked" : {"files" : 120, "pages" : 96, "links" : 1234, "external" : 56},
 *   "problems" : [
 *     {"file" : "site/guide/index.html", "line" : 12, "column" : 14, "severity" : "error",
 *      "problem" : "target-not-found", "message" : "Link target not found: ../instal/",
 *      "url" : "../instal/", "element" : "a", "attribute" : "href", "suggestion" : "/install/",
 *      "detail" : "...", "hint" : "Did you mean /install/?"}
 *   ]
 * }
 * </pre>
 */
public final class FolderCheckJson {
    private static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private FolderCheckJson() {
    }

    public static String format(FolderCheckResult result) {
        Report report = new Report(result.site(),
                new Checked(result.files(), result.pages(), result.links(), result.external()),
                result.problems().stream().map(FolderCheckJson::problem).toList());
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            // strings and numbers only: nothing here can fail to serialise
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates missing parent folders.
     *
     * @throws dev.hyde.diag.DiagnosticException when the file cannot be written
     */
    public static void write(FolderCheckResult result, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, format(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Diagnostic.error("Could not write the JSON report to " + file)
                    .detail("%s", String.valueOf(e.getMessage()))
                    .hint("Pass a file in a folder you can write to.").exception();
        }
    }

    private static Problem problem(LinkProblem p) {
        Diagnostic d = p.diagnostic();
        return new Problem(d.file(), d.line(), d.column(), d.severity().label(), p.problem().label(), d.title(),
                p.url(), p.element(), p.attribute(), p.suggestion(), d.detail(), d.hint());
    }

    @JsonPropertyOrder({"site", "checked", "problems"})
    private record Report(String site, Checked checked, List<Problem> problems) {
    }

    @JsonPropertyOrder({"files", "pages", "links", "external"})
    private record Checked(int files, int pages, int links, int external) {
    }

    @JsonPropertyOrder({"file", "line", "column", "severity", "problem", "message", "url", "element", "attribute",
            "suggestion", "detail", "hint"})
    private record Problem(String file, int line, int column, String severity, String problem, String message,
                           String url, String element, String attribute, String suggestion, String detail,
                           String hint) {
    }
}
