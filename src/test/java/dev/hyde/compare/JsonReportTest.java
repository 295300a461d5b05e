package dev.hyde.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.hyde.compare.Sites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonReportTest {

    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportParsesAndHasTheSummaryNumbersAndEveryDifference() throws Exception {
        Path reference = Sites.write(tmp.resolve("reference"),
                "index.html", page("Home", "<p>same</p>"),
                "quotes.html", page("Say \"hi\" \\ there", "<h2 id=\"a\">A</h2><p>He said \"no\"</p>"
                        + "<a href='c:\\dir\\\"x\"'>odd</a>"),
                "gone.html", page("Gone", ""));
        Path ours = Sites.write(tmp.resolve("ours"),
                "index.html", page("Home", "<p>same</p>"),
                "quotes.html", page("Say 'hi'", "<h2 id=\"b\">A</h2><p>He said \"yes\"\u2028</p>"
                        + "<a href=\"/tab\there\u2028x\u0001\">odd</a>"),
                "new.html", page("New", ""));
        ComparisonReport report = SiteComparison.compare(reference, ours);
        Path file = tmp.resolve("out/report.json");
        JsonReport.write(report, file);

        Map<String, Object> json = map(MiniJson.parse(Files.readString(file)));
        assertEquals(reference.toAbsolutePath().toString(), json.get("reference"));
        assertEquals(Map.of("referencePages", 3L, "present", 2L, "sameText", 1L, "sameTitlesAndHeadingIds", 1L,
                "sameLinks", 1L, "missing", 1L, "extra", 1L, "identical", 1L), json.get("summary"));
        assertEquals(List.of("gone.html"), json.get("missing"));
        assertEquals(List.of("new.html"), json.get("extra"));

        List<Object> differences = (List<Object>) json.get("differences");
        assertEquals(1, differences.size());
        Map<String, Object> quotes = map(differences.get(0));
        assertEquals("quotes.html", quotes.get("path"));
        assertEquals("Say \"hi\" \\ there", map(quotes.get("title")).get("reference"));
        assertEquals(Boolean.FALSE, map(quotes.get("title")).get("same"));
        assertEquals(List.of("a"), map(quotes.get("headingIds")).get("reference"));
        assertEquals(List.of("b"), map(quotes.get("headingIds")).get("site"));
        assertEquals(List.of("c:\\dir\\\"x\""), map(quotes.get("links")).get("removed"));
        assertEquals(List.of("/tab\there\u2028x\u0001"), map(quotes.get("links")).get("added"));
        Map<String, Object> text = map(quotes.get("text"));
        assertEquals(2L, text.get("wordsChanged"));
        assertEquals("A He said [-\"no\"-] {+\"yes\"+} odd", text.get("first"));
    }

    @Test
    void identicalSitesHaveNoDifferences() {
        Path reference = Sites.write(tmp.resolve("reference"), "index.html", page("Home", "<p>same</p>"));
        Map<String, Object> json = map(MiniJson.parse(JsonReport.format(SiteComparison.compare(reference, reference))));
        assertEquals(List.of(), json.get("differences"));
        assertEquals(1L, map(json.get("summary")).get("identical"));
    }

    @Test
    void theCheckerRejectsBrokenJson() {
        // the tests above mean something only if this reader is strict
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\": \"x\ny\"}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\": 1,}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\": \"\\q\"}"));
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("[1] 2"));
    }
}
