package dev.hyde.sass;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SassCompilerTest {

    @TempDir
    static Path project;

    private static SassCompiler sass;

    @BeforeAll
    static void startCompiler() throws IOException {
        Path sassDir = Files.createDirectories(project.resolve("_sass"));
        Files.writeString(sassDir.resolve("_partial.scss"), "$accent: #336699;\n.from-partial { color: $accent; }\n");
        Files.writeString(sassDir.resolve("_theme.scss"), "$size: 12px !default;\n@mixin big { font-size: $size * 2; }\n");
        Files.writeString(sassDir.resolve("_broken.scss"), "// a comment\n.ok { color: red; }\n.bad { width: 10px + 2em; }\n");
        Files.createDirectories(sassDir.resolve("layout"));
        Files.writeString(sassDir.resolve("layout/_index.scss"), "@forward 'grid';\n");
        Files.writeString(sassDir.resolve("layout/_grid.scss"), "$columns: 12;\n");
        Files.createDirectories(project.resolve("assets/css"));
        Files.writeString(project.resolve("assets/css/_local.scss"), ".local { margin: 0; }\n");
        sass = new SassCompiler(List.of(sassDir));
    }

    @AfterAll
    static void stopCompiler() {
        sass.close();
    }

    private static String css(String scss) {
        return sass.compile(scss, "assets/css/main.scss", 3, false);
    }

    private static String squash(String css) {
        return css.replaceAll("\\s+", " ").trim();
    }

    @Test
    void variables() {
        assertEquals("a { color: #ff0000; }", squash(css("$c: #ff0000;\na { color: $c; }")));
    }

    @Test
    void nestingAndParentSelector() {
        String out = css(".nav {\n  ul { margin: 0; }\n  &:hover { color: blue; }\n}\n");
        assertEquals(".nav ul {\n  margin: 0;\n}\n.nav:hover {\n  color: blue;\n}", out.strip(),
                "expanded style, as jekyll-sass-converter's default");
    }

    @Test
    void importsPartialFromLoadPath() {
        String out = squash(css("@import \"partial\";\nb { color: $accent; }"));
        assertEquals(".from-partial { color: #336699; } b { color: #336699; }", out);
    }

    @Test
    void usesModuleFromLoadPathWithConfiguration() {
        String out = squash(css("@use 'theme' with ($size: 10px);\n@use 'layout';\n@use 'sass:math';\n"
                + "h1 { @include theme.big; width: math.div(100%, layout.$columns); }"));
        assertEquals("h1 { font-size: 20px; width: 8.3333333333%; }", out);
    }

    @Test
    void indentedSyntax() {
        String out = sass.compile("$c: green\n.box\n  color: $c\n  .inner\n    margin: 0\n", "assets/style.sass", 1, true);
        assertEquals(".box { color: green; } .box .inner { margin: 0; }", squash(out));
    }

    @Test
    void noSourceMapComment() {
        assertFalse(css("a { b: c; }").contains("sourceMappingURL"));
    }

    @Test
    void syntaxErrorIsReportedAtTheFileLineAfterFrontMatter() {
        // the source starts on line 3 of the file (after "---\n---\n"): the error on source line 3 is file line 5
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> css("a {\n  color: red;\n  width: 10px +;\n}\n"));
        Diagnostic d = e.diagnostic();
        assertEquals("Sass error", d.title());
        assertEquals("assets/css/main.scss", d.file());
        assertEquals(5, d.line());
        assertEquals(16, d.column());
        assertTrue(d.detail().contains("Expected expression"), d.detail());
        assertFalse(d.hint().isEmpty());
    }

    @Test
    void aListContinuedOverLinesAsOlderSassAllowedSaysSo() {
        Diagnostic d = assertThrows(DiagnosticException.class, () -> sass.compile(
                ".a\n  color: red\n@media screen,\n  print\n  .a\n    color: blue\n", "_sass/print.sass", 1, true))
                .diagnostic();
        assertEquals("_sass/print.sass", d.file());
        assertEquals(3, d.line());
        assertTrue(d.detail().contains("`@media screen,`"), d.detail());
        assertTrue(d.detail().contains("Ruby Sass or libsass"), d.detail());
        assertTrue(d.hint().contains("one line"), d.hint());

        Diagnostic other = assertThrows(DiagnosticException.class,
                () -> sass.compile(".a\n  width: 10px +\n", "x.sass", 1, true)).diagnostic();
        assertFalse(other.detail().contains("Ruby Sass"), "an error elsewhere keeps Sass's own words: "
                + other.detail());
    }

    @Test
    void unclosedBlockIsReportedWhereSassNoticesIt() {
        Diagnostic d = assertThrows(DiagnosticException.class,
                () -> sass.compile("a {\n  color: red;\n", "x.scss", 1, false)).diagnostic();
        assertEquals("x.scss", d.file());
        assertEquals(2, d.line());
        assertTrue(d.detail().contains("expected \"}\""), d.detail());
    }

    @Test
    void errorInsidePartialNamesThePartial() {
        Diagnostic d = assertThrows(DiagnosticException.class,
                () -> css("// main\n@import 'broken';\n")).diagnostic(); 
        assertEquals("_sass/_broken.scss", d.file());
        assertEquals(3, d.line(), "line in the partial, not shifted by the main file's front matter");
        assertEquals(15, d.column());
        assertTrue(d.detail().contains("incompatible units"), d.detail());
        // the import chain names the main file at its real line (source line 2 + 2 lines of front matter)
        assertTrue(d.detail().contains("assets/css/main.scss:4:"), d.detail());
    }

    @Test
    void missingPartialSaysWhereItLooked() {
        Diagnostic d = assertThrows(DiagnosticException.class, () -> css("\n@use 'nowhere';\n")).diagnostic();
        assertEquals("assets/css/main.scss", d.file());
        assertEquals(4, d.line());
        assertEquals(1, d.column());
        assertTrue(d.detail().contains("Can't find stylesheet"), d.detail());
        assertTrue(d.hint().contains("_sass/"), d.hint());
    }

    @Test
    void compilerStillWorksAfterAnError() {
        assertThrows(DiagnosticException.class, () -> css("a { b: }"));
        assertEquals("a { b: c; }", squash(css("a { b: c; }")));
    }

    @Test
    void withProjectRootLoadsPartialsNextToTheFileAndNamesThemProjectRelative() {
        try (SassCompiler rooted = new SassCompiler(project, List.of(project.resolve("_sass")))) {
            String out = rooted.compile("@use 'local';\n@use 'partial';\n", "assets/css/main.scss", 3, false);
            assertEquals(".local { margin: 0; } .from-partial { color: #336699; }", squash(out));

            Diagnostic inMain = assertThrows(DiagnosticException.class,
                    () -> rooted.compile("a {\n  b: 1px + 1s;\n}\n", "assets/css/main.scss", 3, false)).diagnostic();
            assertEquals("assets/css/main.scss", inMain.file());
            assertEquals(4, inMain.line());

            Diagnostic inPartial = assertThrows(DiagnosticException.class,
                    () -> rooted.compile("@import 'broken';\n", "assets/css/main.scss", 3, false)).diagnostic();
            assertEquals("_sass/_broken.scss", inPartial.file());
            assertEquals(3, inPartial.line());
            assertTrue(inPartial.detail().contains("assets/css/main.scss:3:9"), inPartial.detail());

            // a mixin from the partial fails when included in the main file, several frames deep
            Diagnostic viaMixin = assertThrows(DiagnosticException.class, () -> rooted.compile(
                    "@use 'theme';\n@mixin twice($x) { @include theme.big; width: $x + 1s; }\n.a { @include twice(2px); }\n",
                    "assets/css/main.scss", 3, false)).diagnostic();
            assertEquals("assets/css/main.scss", viaMixin.file());
            assertEquals(4, viaMixin.line());
            assertTrue(viaMixin.detail().contains("assets/css/main.scss:5:"), viaMixin.detail());
        }
    }

    @Test
    void compilesFromFourThreadsAtOnce() throws Exception {
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<String>> job = () -> {
                    start.await();
                    List<String> results = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        int n = thread * 1000 + i;
                        results.add(squash(sass.compile("@import 'partial';\n$n: " + n + ";\n.t#{$n} { width: $n * 1px; }",
                                "t" + n + ".scss", 1, false)));
                    }
                    return results;
                };
                futures.add(pool.submit(job));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                List<String> results = futures.get(t).get(2, TimeUnit.MINUTES);
                assertEquals(perThread, results.size());
                for (int i = 0; i < perThread; i++) {
                    int n = t * 1000 + i;
                    assertEquals(".from-partial { color: #336699; } .t" + n + " { width: " + n + "px; }",
                            results.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentErrorsKeepTheirOwnLocations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Diagnostic>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int blank = t;
                futures.add(pool.submit(() -> assertThrows(DiagnosticException.class,
                        () -> sass.compile("\n".repeat(blank) + "a { b: 1px + 1s; }", "e" + blank + ".scss", 1, false))
                        .diagnostic()));
            }
            for (int t = 0; t < 4; t++) {
                Diagnostic d = futures.get(t).get(1, TimeUnit.MINUTES);
                assertEquals("e" + t + ".scss", d.file());
                assertEquals(t + 1, d.line());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void compilerThatCannotStartIsAClearDiagnostic() {
        SassCompiler broken = new SassCompiler(null, List.of(), workDir -> {
            throw new IOException("no Dart Sass build for this platform");
        });
        try (broken) {
            for (String file : List.of("assets/main.scss", "assets/print.scss")) { // every later call fails too
                Diagnostic d = assertThrows(DiagnosticException.class,
                        () -> broken.compile("a { b: c; }", file, 3, false)).diagnostic();
                assertTrue(d.isError());
                assertEquals("Sass compiler unavailable", d.title());
                assertEquals(file, d.file());
                assertTrue(d.detail().contains("no Dart Sass build for this platform"), d.detail());
                assertTrue(d.hint().contains("java.io.tmpdir"), d.hint());
            }
        }
    }

    @Test
    void nonAsciiOutputGetsACharsetAsInJekyll() {
        String out = css("a::before { content: \"\u00e9\"; }");
        assertTrue(out.startsWith("@charset \"UTF-8\";"), out);
        assertTrue(out.contains("\u00e9"), out);
    }

    @Test
    void closedCompilerRefusesWork() {
        SassCompiler closed = new SassCompiler(List.of());
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.compile("a { b: c; }", "a.scss", 1, false));
    }
}
