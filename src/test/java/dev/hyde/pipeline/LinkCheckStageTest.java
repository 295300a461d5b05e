package dev.hyde.pipeline;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.links.BrokenLink;
import dev.hyde.links.CheckFindings;
import dev.hyde.links.SiteAddress;
import dev.hyde.plugins.GeneratedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A generated file (the shared navigation, a redirect, the sitemap) written as the last build wrote
 * it is taken as the last check found it, as a kept page is; one whose text changed is checked.
 */
class LinkCheckStageTest {

    private static final String NAV = "assets/hyde/nav.html";
    private static final String TEXT = "<ul><li><a href=\"/a/\">A</a></li><li><a href=\"/b/\">B</a></li></ul>";

    @TempDir
    Path root;

    /** Findings that say the second link of the navigation is broken (it is not: the test can tell which ran). */
    private CheckFindings lastFound(String text) {
        CheckFindings.Page nav = new CheckFindings.Page(CheckFindings.ids(List.of(), false), List.of(),
                List.of(new CheckFindings.Broken(1, BrokenLink.Problem.TARGET_NOT_FOUND, Optional.empty(), false)),
                List.of(), CheckFindings.text(text));
        return new CheckFindings(Set.of("a/index.html", "b/index.html", NAV), Map.of(NAV, nav));
    }

    private List<Diagnostic> check(CheckFindings last, String text) {
        LinkCheckStage links = new LinkCheckStage(new ProjectLayout(root), root.resolve("site"),
                new SiteAddress("", ""), false, true);
        links.takeUp(last);
        links.file("a/index.html");
        links.file("b/index.html");
        links.generated(new GeneratedFile(NAV, "the theme", text));
        return links.check(path -> false);
    }

    @Test
    void aGeneratedFileAsTheLastBuildWroteItIsTakenAsTheLastCheckFoundIt() {
        List<Diagnostic> found = check(lastFound(TEXT), TEXT);
        assertEquals(List.of("Link target not found: /b/"), found.stream().map(Diagnostic::title).toList(),
                "what the last check found, not checked again");
    }

    @Test
    void aGeneratedFileWhoseTextChangedIsCheckedAgain() {
        String changed = TEXT.replace(">B<", ">Bee<");
        assertEquals(List.of(), check(lastFound(TEXT), changed), "checked: both links are there");
    }

    @Test
    void aGeneratedFileIsCheckedAgainWhenAFileOfTheSiteIsGone() {
        CheckFindings last = lastFound(TEXT);
        Set<String> more = new java.util.HashSet<>(last.files());
        more.add("c/index.html");
        assertEquals(List.of(), check(new CheckFindings(more, last.pages()), TEXT), "checked: c/ is gone");
    }
}
