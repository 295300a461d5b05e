package dev.hyde.compare;

import dev.hyde.diag.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report for tools: the summary numbers, the missing and extra pages, and every page that
 * differs (not only the worst, unlike the text report). Pages not listed are identical.
 *
 * <pre>
 * {
 *   "reference": "/old/_site",
 *   "site": "/new/site",
 *   "summary": {"referencePages": 96, "present": 96, "sameText": 94, "sameTitlesAndHeadingIds": 96,
 *               "sameLinks": 95, "missing": 0, "extra": 0, "identical": 93},
 *   "missing": [], "extra": [],
 *   "differences": [
 *     {"path": "docs/setup/index.html",
 *      "text": {"same": false, "wordsChanged": 2, "places": 1, "first": "... the [-old-] {+new+} ..."},
 *      "title": {"same": true, "reference": "Setup", "site": "Setup"},
 *      "headingIds": {"same": true, "reference": [...], "site": [...]},
 *      "links": {"same": true, "removed": [], "added": []}}
 *   ]
 * }
 * </pre>
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String format(ComparisonReport report) {
        JsonWriter json = new JsonWriter().beginObject()
                .field("reference", report.reference().toString())
                .field("site", report.site().toString());
        json.name("summary").beginObject()
                .field("referencePages", report.referencePages())
                .field("present", report.present())
                .field("sameText", report.sameText())
                .field("sameTitlesAndHeadingIds", report.sameTitlesAndHeadingIds())
                .field("sameLinks", report.sameLinks())
                .field("missing", report.missing().size())
                .field("extra", report.extra().size())
                .field("identical", report.present() - report.differing().size())
                .endObject();
        json.field("missing", report.missing()).field("extra", report.extra());
        json.name("differences").beginArray();
        for (PageComparison page : report.differing()) {
            page(json, page);
        }
        return json.endArray().endObject().toString() + "\n";
    }

    /**
     * Creates missing parent folders, as {@code hyde build} does for its destination.
     *
     * @throws dev.hyde.diag.DiagnosticException when the file cannot be written
     */
    public static void write(ComparisonReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, format(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Diagnostic.error("Could not write the JSON report to " + file)
                    .detail(String.valueOf(e.getMessage()))
                    .hint("Pass a file in a folder you can write to.").exception();
        }
    }

    private static void page(JsonWriter json, PageComparison page) {
        json.beginObject().field("path", page.path());
        TextDifference text = page.text();
        json.name("text").beginObject()
                .field("same", text.same())
                .field("wordsChanged", text.wordsChanged())
                .field("places", text.places())
                .field("first", text.first())
                .endObject();
        json.name("title").beginObject()
                .field("same", page.sameTitle())
                .field("reference", page.referenceTitle())
                .field("site", page.ourTitle())
                .endObject();
        json.name("headingIds").beginObject()
                .field("same", page.sameHeadingIds())
                .field("reference", page.referenceHeadingIds())
                .field("site", page.ourHeadingIds())
                .endObject();
        json.name("links").beginObject()
                .field("same", page.sameLinks())
                .field("removed", page.linksRemoved())
                .field("added", page.linksAdded())
                .endObject();
        json.endObject();
    }
}
