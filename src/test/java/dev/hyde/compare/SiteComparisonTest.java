package dev.hyde.compare;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.hyde.compare.Sites.GUIDE_BODY;
import static dev.hyde.compare.Sites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteComparisonTest {

    @TempDir
    Path tmp;

    private ComparisonReport compare(String[] reference, String[] ours) {
        return SiteComparison.compare(Sites.write(tmp.resolve("reference"), reference),
                Sites.write(tmp.resolve("ours"), ours));
    }

    /** The one page both sites have, failing unless there is exactly one. */
    private static PageComparison onlyPage(ComparisonReport report) {
        assertEquals(1, report.pages().size(), report::summary);
        return report.pages().get(0);
    }

    private static String[] site(String... files) {
        return files;
    }

    private static final String[] REFERENCE = site(
            "index.html", page("Home", "<h1 id=\"welcome\">Welcome</h1><p>Start <a href=\"docs/guide/\">here</a>.</p>"),
            "docs/guide/index.html", page("Guide", GUIDE_BODY));

    @Test
    void identicalSitesAreTheSameInEveryCriterion() {
        ComparisonReport report = compare(REFERENCE, REFERENCE);
        assertEquals("2 pages: 2 present, 2 same text, 2 same titles and heading ids, 2 same links, 0 missing, 0 extra",
                report.summary());
        assertFalse(report.hasDifferences());
        assertEquals(List.of(), report.differing());
        assertEquals(List.of("docs/guide/index.html", "index.html"),
                report.pages().stream().map(PageComparison::path).toList());
    }

    @Test
    void aChangedWordIsATextDifferenceAndTheDiffNamesIt() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide/index.html", page("Guide", GUIDE_BODY.replace("every", "each"))));
        assertEquals(1, report.differing().size());
        PageComparison guide = report.differing().get(0);
        assertEquals("docs/guide/index.html", guide.path());
        assertFalse(guide.sameText());
        assertTrue(guide.sameTitle() && guide.sameHeadingIds() && guide.sameLinks(), guide::toString);
        assertEquals(2, guide.text().wordsChanged());
        assertEquals(1, guide.text().places());
        assertEquals("... setup, route rules apply to [-every-] {+each+} service in the mesh.", guide.text().first());
        assertEquals(1, report.sameText());
        assertTrue(report.hasDifferences());
    }

    @Test
    void onlyTheFirstOfSeveralDifferencesIsShownButAllAreCounted() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide/index.html", page("Guide", GUIDE_BODY
                        .replace("won't", "will not").replace("upstream", "backend"))));
        TextDifference text = report.differing().get(0).text();
        assertEquals(2, text.places());
        assertEquals(1 + 2 + 1 + 1, text.wordsChanged());
        assertTrue(text.first().contains("Envoy [-won't-] {+will not+} connect"), text.first());
        assertFalse(text.first().contains("backend"), text.first());
    }

    @Test
    void aChangedHeadingIdIsReportedWithTheTitleCriterion() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide/index.html", page("Guide", GUIDE_BODY.replace("route-rules", "route-rules-have-no-effect"))));
        PageComparison guide = report.differing().get(0);
        assertFalse(guide.sameHeadingIds());
        assertTrue(guide.sameText() && guide.sameTitle() && guide.sameLinks(), guide::toString);
        assertEquals(List.of("troubleshooting", "route-rules-have-no-effect"), guide.ourHeadingIds());
        assertEquals(1, report.sameTitlesAndHeadingIds());
        assertEquals(2, report.sameText());
    }

    @Test
    void aChangedTitleIsReported() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", page("Start", "<h1 id=\"welcome\">Welcome</h1><p>Start <a href=\"docs/guide/\">here</a>.</p>"),
                "docs/guide/index.html", REFERENCE[3]));
        PageComparison home = report.differing().get(0);
        assertEquals("index.html", home.path());
        assertFalse(home.sameTitle());
        assertEquals("Home", home.referenceTitle());
        assertEquals("Start", home.ourTitle());
        assertTrue(home.sameText(), "the title is not counted as text too");
    }

    @Test
    void aRemovedLinkIsReportedButItsWordsStayTheSame() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide/index.html", page("Guide",
                        GUIDE_BODY.replace("<a href=\"/docs/reference/\">service</a>", "service"))));
        PageComparison guide = onlyDiffering(report);
        assertFalse(guide.sameLinks());
        assertTrue(guide.sameText(), guide::toString);
        assertEquals(List.of("/docs/reference/"), guide.linksRemoved());
        assertEquals(List.of(), guide.linksAdded());
        assertEquals(1, report.sameLinks());
    }

    @Test
    void linksCompareAsAMultisetIgnoringOrderButCountingRepeats() {
        String twoLinks = "<p><a href=\"/a/\">A</a> <a href=\"/b/\">B</a></p>";
        ComparisonReport reordered = compare(site("index.html", page("T", twoLinks)),
                site("index.html", page("T", "<p><a href=\"/b/\">A</a> <a href=\"/a/\">B</a></p>")));
        assertTrue(onlyPage(reordered).sameLinks());

        ComparisonReport repeated = SiteComparison.compare(tmp.resolve("reference"),
                Sites.write(tmp.resolve("repeated"), "index.html",
                        page("T", twoLinks.replace("</p>", " <a href=\"/a/\">A</a></p>"))));
        PageComparison page = onlyPage(repeated);
        assertEquals(List.of("/a/"), page.linksAdded());
        assertEquals(List.of(), page.linksRemoved());
    }

    @Test
    void aMissingAndAnExtraPageAreListed() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide.html", REFERENCE[3],
                "assets/site.css", "body {}"));
        assertEquals(List.of("docs/guide/index.html"), report.missing());
        assertEquals(List.of("docs/guide.html"), report.extra());
        assertEquals("2 pages: 1 present, 1 same text, 1 same titles and heading ids, 1 same links, 1 missing, 1 extra",
                report.summary());
        assertTrue(report.hasDifferences());
    }

    @Test
    void anExtraPageAloneIsNoDifferenceForReadersOfTheOldSite() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1], "docs/guide/index.html", REFERENCE[3], "404.html", page("Not found", "")));
        assertEquals(List.of("404.html"), report.extra());
        assertFalse(report.hasDifferences());
    }

    @Test
    void whiteSpaceAndMarkupThatReadsTheSameAreNoDifference() {
        String reformatted = """
                <nav>
                  <a href="/">Home</a>
                  <a href="/docs/">Docs</a>
                </nav>
                <div class="content"><h1 id="troubleshooting">Troubleshooting</h1>

                    <p>Envoy   won't connect to my HTTP/1.0&nbsp;service.
                       Envoy requires HTTP/1.1 or HTTP/2 traffic for upstream services.</p>
                <section>
                  <h2 class="anchor" id="route-rules">Route rules <em>have</em> no effect</h2>
                  <p>With the current <a  href=" /docs/setup/ ">setup</a>, route rules apply to every
                  <a href="/docs/reference/">service</a>
                  in the mesh.</p>
                </section></div>
                """;
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide/index.html", page("&nbsp; Guide&emsp;\n", reformatted)));
        assertEquals(List.of(), report.differing(), () -> report.differing().toString());
    }

    @Test
    void scriptStyleNoscriptAndTemplateTextIsIgnored() {
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide/index.html", page("Guide", "<style>p { color: red }</style>"
                        + "<script>var words = 'not shown';</script>" + GUIDE_BODY
                        + "<noscript>Enable JavaScript <a href=\"/nojs/\">here</a></noscript>"
                        + "<template><h2 id=\"hidden\">Hidden</h2></template>"
                        + "<script type=\"application/ld+json\">{\"@type\": \"Article\"}</script>")));
        assertEquals(List.of(), report.differing(), () -> report.differing().toString());
    }

    @Test
    void theComparisonWouldSeeScriptTextWereItVisible() {
        // guards the test above: the same change as visible text is a difference
        ComparisonReport report = compare(REFERENCE, site(
                "index.html", REFERENCE[1],
                "docs/guide/index.html", page("Guide", "<p>var words</p>" + GUIDE_BODY)));
        assertEquals("{+var words+} Home Docs Troubleshooting Envoy won't ...", onlyDiffering(report).text().first());
    }

    @Test
    void pagesAreMatchedByRelativePathInSubfolders() {
        ComparisonReport report = compare(
                site("a/b/c.html", page("C", "<p>deep</p>"), "notes.txt", "not a page"),
                site("a/b/c.html", page("C", "<p>deeper</p>")));
        assertEquals(List.of("a/b/c.html"), report.differing().stream().map(PageComparison::path).toList());
        assertEquals(1, report.referencePages());
    }

    @Test
    void aReferenceThatDoesNotExistIsAnErrorWithAHint() {
        Path ours = Sites.write(tmp.resolve("ours"), REFERENCE);
        Diagnostic d = assertThrows(DiagnosticException.class,
                () -> SiteComparison.compare(tmp.resolve("nope"), ours)).diagnostic();
        assertTrue(d.isError());
        assertTrue(d.title().startsWith("Reference folder does not exist: "), d.title());
        assertTrue(d.title().contains("nope"), d.title());
        assertFalse(d.hint().isEmpty());
    }

    @Test
    void aSiteThatIsAFileIsAnError() throws Exception {
        Path reference = Sites.write(tmp.resolve("reference"), REFERENCE);
        Path file = Files.writeString(tmp.resolve("site.html"), "<p>hi</p>");
        Diagnostic d = assertThrows(DiagnosticException.class,
                () -> SiteComparison.compare(reference, file)).diagnostic();
        assertTrue(d.title().startsWith("Site folder is not a folder: "), d.title());
        assertFalse(d.hint().isEmpty());
    }

    @Test
    void aReferenceWithoutHtmlPagesIsAnError() {
        Path sources = Sites.write(tmp.resolve("sources"), "content/index.md", "# Home", "_config.yml", "title: x");
        Path ours = Sites.write(tmp.resolve("ours"), REFERENCE);
        Diagnostic d = assertThrows(DiagnosticException.class, () -> SiteComparison.compare(sources, ours)).diagnostic();
        assertTrue(d.title().startsWith("No HTML pages in the reference folder"), d.title());
        assertTrue(d.hint().contains("built site"), d.hint());
    }

    private static PageComparison onlyDiffering(ComparisonReport report) {
        assertEquals(1, report.differing().size(), () -> report.differing().toString());
        return report.differing().get(0);
    }
}
