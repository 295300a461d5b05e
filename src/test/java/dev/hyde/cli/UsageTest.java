package dev.hyde.cli;

import dev.hyde.about.Versions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the command line says when it is used wrongly, its version and its completion script. */
class UsageTest {

    @Test
    void noCommandPrintsTheUsageOnStandardErrorAndExitsWithTwo() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode(), run.all());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: hyde [-hV] [COMMAND]"), run.all());
        assertTrue(run.err().contains("  new ") && run.err().contains("  build "), run.all());
    }

    @Test
    void anUnknownCommandCloseToARealOneGetsASuggestion() {
        CliRun run = CliRun.of("biuld", "docs");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: Unknown command: biuld\n  Did you mean 'hyde build'?\n"), run.all());
        assertTrue(run.err().contains("hint: 'hyde --help' lists the commands and options."), run.all());
        assertTrue(CliRun.of("serv").err().contains("Did you mean 'hyde serve'?"));
        assertTrue(CliRun.of("chekc").err().contains("Did you mean 'hyde check'?"));
    }

    @Test
    void anUnknownCommandFarFromEveryRealOneGetsNoSuggestion() {
        CliRun run = CliRun.of("nonsense");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: Unknown command: nonsense\n  hint: "), run.all());
        assertFalse(run.err().contains("Did you mean"), run.all());
        assertFalse(CliRun.of("deploy").err().contains("Did you mean"));
    }

    @Test
    void suggestionsNeedTwoEditsOrFewer() {
        List<String> commands = List.of("build", "check", "compare", "new", "serve");
        assertEquals("build", UsageErrorHandler.closest("bild", commands).orElseThrow());
        assertEquals("serve", UsageErrorHandler.closest("srvee", commands).orElseThrow());
        assertTrue(UsageErrorHandler.closest("nonsense", commands).isEmpty());
        assertTrue(UsageErrorHandler.closest("bxxxd", commands).isEmpty(), "three edits");
    }

    @Test
    void aWrongOptionSaysWhichAndExitsWithTwo() {
        CliRun run = CliRun.of("build", "--no-such-option");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: Unknown option: '--no-such-option'"), run.all());
        assertTrue(run.err().contains("hint: 'hyde build --help' lists the options."), run.all());
        assertFalse(run.err().contains("Did you mean"), run.all());
        CliRun typo = CliRun.of("build", "--stirct");
        assertEquals(2, typo.exitCode(), typo.all());
        assertTrue(typo.err().contains("Unknown option: '--stirct'\n  Did you mean --strict?\n"), typo.all());
    }

    @Test
    void watchRefusesOptionsItCannotHonour() {
        Path root = dev.hyde.TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """);
        CliRun version = CliRun.of("build", root.toString(), "--watch", "--version", "1.0");
        assertEquals(2, version.exitCode(), version.all());
        assertTrue(version.err().startsWith("error: --watch cannot be combined with --version"), version.all());
        CliRun keepGoing = CliRun.of("build", root.toString(), "--watch", "--keep-going");
        assertEquals(2, keepGoing.exitCode(), keepGoing.all());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void quietPrintsOnlyProblems() throws Exception {
        Path root = dev.hyde.TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                [broken](/nowhere/)
                """);
        CliRun quiet = CliRun.of("build", root.toString(), "--quiet");
        assertEquals(0, quiet.exitCode(), quiet.all());
        assertEquals("", quiet.out(), quiet.all());
        assertTrue(quiet.err().startsWith("warning: content/index.md:4:"), quiet.all());
        CliRun normal = CliRun.of("build", root.toString(), "--no-cache");
        assertTrue(normal.out().startsWith("Built a Hyde project: 1 page and "), normal.all());
        CliRun built = CliRun.of("build", root.toString());
        assertTrue(built.out().startsWith("Built a Hyde project: 1 page and "), "--no-cache left no cache: " + built.all());
        CliRun again = CliRun.of("build", root.toString());
        assertTrue(again.out().startsWith("Up to date: Hyde project, 1 page and 12 files in "), again.all());
        assertTrue(again.err().startsWith("warning: content/index.md:4:"), "the warning again: " + again.all());
    }

    @Test
    void theVersionNamesHydeAndTheLibrariesFromTheirMetadata() throws Exception {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode(), run.all());
        List<String> lines = run.out().lines().toList();
        assertEquals("hyde " + Versions.hyde(), lines.get(0));
        assertTrue(Versions.hyde().matches("\\d+\\.\\d+\\.\\d+.*"), Versions.hyde());
        assertEquals("  commonmark-java " + pomProperty("commonmark.version"), lines.get(1));
        assertEquals("  Liqp " + pomProperty("liqp.version"), lines.get(2));
        assertEquals("  FreeMarker " + freemarker.template.Configuration.getVersion(), lines.get(3));
        assertTrue(lines.get(4).matches("  Dart Sass \\d+\\.\\d+\\.\\d+"), lines.get(4));
        assertFalse(run.out().contains(Versions.UNKNOWN), run.out());
        assertEquals(run.out(), CliRun.of("build", "-V").out(), "-V on a command prints the same");
    }

    @Test
    void theCompletionScriptCompletesCommandsAndOptionsInBash() throws Exception {
        CliRun run = CliRun.of("completion");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.all());
        Path script = Files.createTempFile("hyde-completion", ".bash");
        Files.writeString(script, run.out());
        assertEquals(List.of("build"), complete(script, "hyde bu"));
        assertTrue(complete(script, "hyde build --st").contains("--strict"));
        assertTrue(complete(script, "hyde new --").containsAll(List.of("--force", "--title")));
    }

    /** A property of Hyde's own pom: what the build asked for, which the jars' metadata must agree with. */
    private static String pomProperty(String name) throws java.io.IOException {
        return org.jsoup.Jsoup.parse(Files.readString(Path.of("pom.xml")), "", org.jsoup.parser.Parser.xmlParser())
                .expectFirst("project > properties > " + name.replace(".", "\\.")).text();
    }

    /** What bash offers for {@code line}, by running the script's completion function as bash would. */
    private static List<String> complete(Path script, String line) throws Exception {
        String[] words = line.split(" ", -1);
        String program = "source " + script + "\n"
                + "COMP_WORDS=(" + String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList()) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=" + line.length() + "\n"
                + "_complete_hyde hyde '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
