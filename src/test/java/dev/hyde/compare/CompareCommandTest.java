package dev.hyde.compare;

import dev.hyde.cli.CompareCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.hyde.compare.Sites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hyde compare} as a user runs it: arguments in, text and an exit code out. */
class CompareCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
        String all() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private static Run hyde(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CompareCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path reference() {
        return Sites.write(tmp.resolve("reference"),
                "index.html", page("Home", "<h1 id=\"home\">Home</h1><p>Welcome to the mesh.</p>"),
                "docs/a.html", page("A", "<p>one two three four five six seven eight nine ten</p>"),
                "docs/b.html", page("B", "<p>alpha beta gamma</p><a href=\"/old/\">old</a>"),
                "docs/c.html", page("C", "<p>c</p>"));
    }

    private Path ours() {
        return Sites.write(tmp.resolve("ours"),
                "index.html", page("Home", "<h1 id=\"home\">Home</h1><p>Welcome to the mesh.</p>"),
                "docs/a.html", page("A", "<p>one two three four 5 6 seven eight nine ten</p>"),
                "docs/b.html", page("Beta", "<p>alpha delta gamma</p><a href=\"/new/\">old</a>"),
                "docs/d.html", page("D", "<p>d</p>"));
    }

    @Test
    void reportsEachDifferingPageTheWorstFirstThenMissingExtraAndTheSummary() {
        Run run = hyde(reference().toString(), ours().toString());
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("", run.err(), run.all());
        String expected = """
                Compared %s (reference) with %s
                Text differences show reference words as [-removed-] and ours as {+added+}.

                docs/a.html
                  text: 4 words differ: one two three four [-five six-] {+5 6+} seven eight nine ten

                docs/b.html
                  text: 2 words differ: alpha [-beta-] {+delta+} gamma old
                  title: "B" -> "Beta"
                  links: removed /old/; added /new/

                Missing from %2$s (in the reference only):
                  docs/c.html

                Extra in %2$s (not in the reference):
                  docs/d.html

                4 pages: 3 present, 1 same text, 2 same titles and heading ids, 2 same links, 1 missing, 1 extra
                """.formatted(tmp.resolve("reference"), tmp.resolve("ours"));
        assertEquals(expected, run.out());
    }

    @Test
    void worstLimitsThePagesShownButNotTheSummary() {
        Run run = hyde("--worst", "1", reference().toString(), ours().toString());
        assertTrue(run.out().contains("docs/a.html"), run.all());
        assertFalse(run.out().contains("docs/b.html"), run.all());
        assertTrue(run.out().contains("... and 1 more pages with differences"), run.all());
        assertTrue(run.out().contains("4 pages: 3 present, 1 same text,"), run.all());
    }

    @Test
    void failOnDifferenceExitsWithOneOnlyWhenSomethingDiffers() {
        Path reference = reference();
        assertEquals(1, hyde("--fail-on-difference", reference.toString(), ours().toString()).exitCode());
        Run same = hyde("--fail-on-difference", reference.toString(), reference.toString());
        assertEquals(0, same.exitCode(), same.all());
        assertTrue(same.out().contains("4 pages: 4 present, 4 same text, 4 same titles and heading ids, 4 same links,"
                + " 0 missing, 0 extra"), same.all());
    }

    @Test
    void writesTheJsonReport() throws Exception {
        Path json = tmp.resolve("reports/compare.json");
        Run run = hyde(reference().toString(), ours().toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("Wrote the JSON report to " + json), run.all());
        Object parsed = MiniJson.parse(Files.readString(json));
        assertTrue(parsed.toString().contains("summary={referencePages=4, present=3, sameText=1,"), parsed.toString());
    }

    @Test
    void siteDirDefaultsToSiteInTheCurrentFolder() {
        // the tests run in the project folder; its site/ may or may not be built, but it must be the folder looked at
        Run run = hyde(reference().toString());
        Path site = Path.of("site").toAbsolutePath();
        if (Files.isDirectory(site)) {
            assertTrue(run.out().contains(" with " + site), run.all());
        } else {
            assertTrue(run.err().contains("Site folder does not exist: site"), run.all());
        }
    }

    @Test
    void aMissingFolderIsAUsageErrorWithAHintAndNoStackTrace() {
        Run run = hyde(tmp.resolve("no-such-site").toString(), ours().toString());
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("", run.out(), run.all());
        assertTrue(run.err().startsWith("error: Reference folder does not exist: " + tmp.resolve("no-such-site")),
                run.all());
        assertTrue(run.err().contains("\n  hint: "), run.all());
        assertFalse(run.err().contains("\tat "), run.all());
    }

    @Test
    void aReferenceWithoutPagesIsAUsageError() {
        Path empty = Sites.write(tmp.resolve("empty"), "readme.txt", "nothing");
        Run run = hyde(empty.toString(), ours().toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("No HTML pages in the reference folder"), run.all());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertEquals(2, hyde().exitCode(), "REFERENCE_DIR is required");
        assertEquals(2, hyde("--worst", "-1", reference().toString(), ours().toString()).exitCode());
        assertEquals(2, hyde("--no-such-option", reference().toString()).exitCode());
        Run help = hyde("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--fail-on-difference") && help.out().contains("REFERENCE_DIR"), help.all());
    }
}
