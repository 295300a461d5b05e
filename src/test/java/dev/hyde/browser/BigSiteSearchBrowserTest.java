package dev.hyde.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search on the benchmark site (bench/generate.py with -Dhyde.search.pages=N pages, e.g. 10000)
 * on the built-in theme. It runs only when N is given, as bench/search-size.sh does: generating and
 * building 10,000 pages takes minutes and python3, too much for every run of the suite, whose
 * search tests use this repository's site and small projects. It checks that results are right; the time a query takes and the bytes it
 * fetched are measured in the page and written to target/search-bench.txt, not asserted (a timed
 * assertion would fail on a busy machine for reasons of the machine). bench/search-size.sh prints them.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "hyde.search.pages", matches = "[0-9]+")
class BigSiteSearchBrowserTest {
    private static final int PAGES = Integer.getInteger("hyde.search.pages", 10_000);
    private static StaticServer server;
    private static Browser browser;
    private static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        Path generated = Path.of("target", "browser-sites", "bench-" + PAGES + "-sources").toAbsolutePath();
        deleteTree(generated);
        Process python = new ProcessBuilder("python3", "bench/generate.py", String.valueOf(PAGES), generated.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(python.waitFor(10, TimeUnit.MINUTES) && python.exitValue() == 0,
                "python3 bench/generate.py failed (python3 is needed for this test)");
        Path project = generated.resolve("hyde");
        // The benchmark project brings its own layouts; without them it gets the built-in theme.
        Files.delete(project.resolve("templates/base.ftlh"));
        Files.delete(project.resolve("templates/default.ftlh"));
        long started = System.nanoTime();
        BuiltSite site = BuiltSite.build("bench-" + PAGES, project);
        figures.add(String.format(Locale.ROOT, "build (in the test JVM): %d ms", (System.nanoTime() - started) / 1_000_000));
        server = StaticServer.serve(site.destination());
        browser = Browser.start(server.address());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        Path report = Path.of("target", "search-bench.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, figures, StandardCharsets.UTF_8);
        figures.forEach(f -> System.out.println("search bench: " + f));
    }

    @AfterEach
    void noConsoleErrorsNorOtherHosts() {
        browser.assertCleanPages();
    }

    @Test
    void queriesFindTheirWordsAndOpenAtTheHeading() {
        browser.open("/");
        WebElement input = browser.find("#hyde-search-input");
        record("first query", "failover", input);
        List<WebElement> options = browser.findAll("#hyde-search-results [role=option]");
        assertEquals(10, options.size());
        for (WebElement option : options) {
            assertTrue(option.findElements(By.tagName("mark")).stream()
                    .anyMatch(m -> m.getText().toLowerCase(Locale.ROOT).startsWith("failover")), option.getText());
        }
        long bytes = ((Number) browser.script("""
                return performance.getEntriesByType('resource')
                    .filter(function (e) { return e.name.indexOf('/assets/hyde/search/') >= 0; })
                    .reduce(function (sum, e) { return sum + e.encodedBodySize; }, 0);""")).longValue();
        figures.add(String.format(Locale.ROOT, "bytes fetched for the first query: %,d", bytes));

        for (String query : List.of("rotate certificate", "sidecar tim", "webhook", "deploy the managed gateway")) {
            input.clear();
            record("next query", query, input);
        }
        long total = ((Number) browser.script("""
                return performance.getEntriesByType('resource')
                    .filter(function (e) { return e.name.indexOf('/assets/hyde/search/') >= 0; })
                    .reduce(function (sum, e) { return sum + e.encodedBodySize; }, 0);""")).longValue();
        figures.add(String.format(Locale.ROOT, "bytes fetched after five queries: %,d", total));

        // The first result opens with Enter; a result under a heading opens at it (the pages'
        // titles hold the same words, and weigh more, so the first result may be a page's top).
        String target = browser.find("#hyde-search-option-0").getAttribute("data-href");
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForNavigationTo(target);
        if (target.contains("#")) {
            String anchor = target.substring(target.indexOf('#') + 1);
            assertFalse(browser.findAll("[id='" + anchor + "']").isEmpty(), "the heading " + anchor + " is on the page");
        }
    }

    /** Types a query, waits for its results, and notes the time search.js measured from input to results. */
    private static void record(String what, String query, WebElement input) {
        browser.script("document.querySelector('.search').removeAttribute('data-search-ms')");
        input.sendKeys(query);
        browser.waiting().until(d -> browser.find(".search").getAttribute("data-search-ms") != null
                && browser.find("#hyde-search-input").getAttribute("value").equals(query));
        // the last keystroke's search is the one that set the time
        browser.waiting().until(d -> !browser.findAll("#hyde-search-results [role=option]").isEmpty());
        String ms = browser.find(".search").getAttribute("data-search-ms");
        // The same query again, its index files now fetched: the time the search itself takes.
        browser.script("""
                var box = document.querySelector('.search');
                box.removeAttribute('data-search-ms');
                document.getElementById('hyde-search-input').dispatchEvent(new Event('input'));""");
        browser.waiting().until(d -> browser.find(".search").getAttribute("data-search-ms") != null);
        String warm = browser.find(".search").getAttribute("data-search-ms");
        figures.add(String.format(Locale.ROOT, "%s \"%s\": %s ms from the last keystroke to results shown"
                + " (files fetched as typed); again with its files fetched: %s ms", what, query, ms, warm));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
