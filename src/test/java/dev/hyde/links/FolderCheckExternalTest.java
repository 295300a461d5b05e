package dev.hyde.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.hyde.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.hyde.links.FolderCheckTest.hyde;
import static dev.hyde.links.FolderCheckTest.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hyde check --external} against a server on 127.0.0.1, and the JSON report. Never the internet. */
class FolderCheckExternalTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private String ok;
    private String missing;
    private String closed;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(path.equals("/ok") ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
        String host = "http://127.0.0.1:" + server.getAddress().getPort();
        ok = host + "/ok";
        missing = host + "/missing";
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        closed = "http://127.0.0.1:" + closedPort + "/logo.png";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path site() {
        return TestSite.write("""
                -- index.html --
                <!DOCTYPE html>
                <html><body>
                <a href="%1$s#part">fine</a>
                <a href="%2$s">gone</a> <a href="%2$s#again">gone again</a>
                <img src="%3$s" alt="">
                <a href="/about.html">About</a>
                </body></html>
                -- about.html --
                <p><a href="%2$s">gone</a> <a href="/nope.html">nope</a></p>
                """.formatted(ok, missing, closed));
    }

    @Test
    void serversToWarmUpAndFormActionsAreNotRequested() {
        String host = ok.substring(0, ok.length() - "/ok".length());
        Path site = TestSite.write("""
                -- index.html --
                <!DOCTYPE html>
                <html><head><link rel="preconnect" href="%1$s/warm"><link rel="dns-prefetch" href="%1$s/dns">
                <link rel="stylesheet" href="%1$s/ok"></head>
                <body><form action="%1$s/submit" method="post"><input name="q"></form></body></html>
                """.formatted(host));
        FolderCheckTest.Run run = hyde(typed(site), "--external", "--no-cache");
        assertEquals(0, run.exitCode(), run.all());
        assertEquals(java.util.Set.of("/ok"), requests.keySet(), "only the stylesheet is a resource to check");
    }

    @Test
    void eachFailingUrlIsRequestedOnceAndReportedAtEveryPlaceItIsWritten() throws IOException {
        String site = typed(site());
        Path cache = tmp.resolve("cache/links.json");
        FolderCheckTest.Run run = hyde(site, "--external", "--timeout", "5", "--cache", cache.toString());
        assertEquals(1, run.exitCode(), run.all());
        int second = ("<a href=\"" + missing + "\">gone</a> <a href=\"").length() + 1;
        String expected = """
                error: %1$s/about.html:1:13: External link broken: %3$s
                  The <a href>: HTTP 404 Not Found.
                  hint: The server answers that the page is not there (or not for everyone): update the link \
                to where the page is now, or remove it.
                error: %1$s/about.html:1:%5$d: Link target not found: /nope.html
                  The <a href> leads to /nope.html, which no file of the site serves.
                  hint: No page or file of the site is at that path: check the spelling, or add the page.
                error: %1$s/index.html:4:10: External link broken: %3$s
                  The <a href>: HTTP 404 Not Found.
                  hint: The server answers that the page is not there (or not for everyone): update the link \
                to where the page is now, or remove it.
                error: %1$s/index.html:4:%2$d: External link broken: %3$s#again
                  The <a href>: HTTP 404 Not Found.
                  hint: The server answers that the page is not there (or not for everyone): update the link \
                to where the page is now, or remove it.
                error: %1$s/index.html:5:11: External link unreachable: %4$s
                  The <img src>: connection refused (after 2 attempts).
                  hint: No answer came: check the host name, or check again later if the site is only down for now.
                Checked 2 pages, 7 links (5 external): 5 broken.
                """.formatted(site, second, missing, closed,
                ("<p><a href=\"" + missing + "\">gone</a> <a href=\"").length() + 1);
        assertEquals(expected, run.out());
        assertEquals(1, requests.get("/missing").get(), "one request for three places");
        assertEquals(1, requests.get("/ok").get());
        assertTrue(Files.readString(cache).contains(ok), "the success is remembered");

        // the second run takes /ok from the cache; failures are never cached
        FolderCheckTest.Run again = hyde(site, "--external", "--timeout", "5", "--cache", cache.toString());
        assertEquals(expected, again.out());
        assertEquals(1, requests.get("/ok").get());
        assertEquals(2, requests.get("/missing").get());

        FolderCheckTest.Run uncached = hyde(site, "--external", "--timeout", "5", "--no-cache");
        assertEquals(expected, uncached.out());
        assertEquals(2, requests.get("/ok").get());
    }

    @Test
    void withoutExternalNoRequestIsMadeAndOnlyInternalLinksCount() {
        FolderCheckTest.Run run = hyde(typed(site()));
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().endsWith("Checked 2 pages, 2 links: 1 broken.\n"), run.all());
        assertTrue(requests.isEmpty(), requests.toString());
    }

    @Test
    void theJsonReportHoldsEveryProblemWithItsFacts() throws Exception {
        Path site = site();
        Path json = tmp.resolve("reports/check.json");
        FolderCheckTest.Run run = hyde(typed(site), "--external", "--no-cache", "--json", json.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.out().endsWith("Wrote the JSON report to " + json + "\n"), run.all());

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(typed(site), report.get("site").asText());
        JsonNode checked = report.get("checked");
        assertEquals(2, checked.get("files").asInt());
        assertEquals(2, checked.get("pages").asInt());
        assertEquals(7, checked.get("links").asInt());
        assertEquals(5, checked.get("external").asInt());
        JsonNode problems = report.get("problems");
        assertEquals(5, problems.size());
        JsonNode nope = problems.get(1);
        assertEquals(typed(site) + "/about.html", nope.get("file").asText());
        assertEquals(1, nope.get("line").asInt());
        assertEquals("error", nope.get("severity").asText());
        assertEquals("target-not-found", nope.get("problem").asText());
        assertEquals("Link target not found: /nope.html", nope.get("message").asText());
        assertEquals("/nope.html", nope.get("url").asText());
        assertEquals("a", nope.get("element").asText());
        assertEquals("href", nope.get("attribute").asText());
        assertEquals("", nope.get("suggestion").asText());
        assertTrue(nope.get("hint").asText().startsWith("No page or file"), nope.toString());
        JsonNode unreachable = problems.get(4);
        assertEquals("external-unreachable", unreachable.get("problem").asText());
        assertEquals(closed, unreachable.get("url").asText());
        assertEquals("img", unreachable.get("element").asText());
        assertEquals("src", unreachable.get("attribute").asText());
        assertEquals(5, unreachable.get("line").asInt());
        assertEquals(11, unreachable.get("column").asInt());
        assertEquals("The <img src>: connection refused (after 2 attempts).", unreachable.get("detail").asText());
        assertEquals("external-broken", problems.get(0).get("problem").asText());
        assertFalse(Files.exists(site.getParent().resolve(FolderCheck.CACHE_NAME)), "--no-cache writes no cache");
    }
}
