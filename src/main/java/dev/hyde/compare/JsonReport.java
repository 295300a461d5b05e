package dev.hyde.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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

    /**
     * Two-space indents, {@code "name": value}, one array element a line and {@code []} for an
     * empty array: the layout people open the file with, and the one the report always had.
     */
    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .with(new LineSeparatorEscapes());

    private JsonReport() {
    }

    public static String format(ComparisonReport report) {
        Summary summary = new Summary(report.referencePages(), report.present(), report.sameText(),
                report.sameTitlesAndHeadingIds(), report.sameLinks(), report.missing().size(),
                report.extra().size(), report.present() - report.differing().size());
        Report json = new Report(report.reference().toString(), report.site().toString(), summary,
                report.missing(), report.extra(), report.differing().stream().map(JsonReport::page).toList());
        try {
            return WRITER.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            // strings, numbers and lists of them: nothing here can fail to serialise
            throw new UncheckedIOException(e);
        }
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

    private static Page page(PageComparison page) {
        TextDifference text = page.text();
        return new Page(page.path(),
                new Text(text.same(), text.wordsChanged(), text.places(), text.first()),
                new Title(page.sameTitle(), page.referenceTitle(), page.ourTitle()),
                new HeadingIds(page.sameHeadingIds(), page.referenceHeadingIds(), page.ourHeadingIds()),
                new Links(page.sameLinks(), page.linksRemoved(), page.linksAdded()));
    }

    // The report's shape. The order is spelled out: tools and people read the fields in this order.

    @JsonPropertyOrder({"reference", "site", "summary", "missing", "extra", "differences"})
    private record Report(String reference, String site, Summary summary, List<String> missing,
                          List<String> extra, List<Page> differences) {
    }

    @JsonPropertyOrder({"referencePages", "present", "sameText", "sameTitlesAndHeadingIds", "sameLinks",
            "missing", "extra", "identical"})
    private record Summary(int referencePages, int present, int sameText, int sameTitlesAndHeadingIds,
                           int sameLinks, int missing, int extra, int identical) {
    }

    @JsonPropertyOrder({"path", "text", "title", "headingIds", "links"})
    private record Page(String path, Text text, Title title, HeadingIds headingIds, Links links) {
    }

    @JsonPropertyOrder({"same", "wordsChanged", "places", "first"})
    private record Text(boolean same, int wordsChanged, int places, String first) {
    }

    @JsonPropertyOrder({"same", "reference", "site"})
    private record Title(boolean same, String reference, String site) {
    }

    @JsonPropertyOrder({"same", "reference", "site"})
    private record HeadingIds(boolean same, List<String> reference, List<String> site) {
    }

    @JsonPropertyOrder({"same", "removed", "added"})
    private record Links(boolean same, List<String> removed, List<String> added) {
    }

    /** JSON allows U+2028 and U+2029 raw, but JavaScript that evaluates the report as code does not. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final SerializableString LINE = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LINE : ch == 0x2029 ? PARAGRAPH : null;
        }
    }
}
