package dev.hyde.links.external;

import dev.hyde.diag.Diagnostic;
import dev.hyde.links.external.ExternalResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalLinkCheckerTest {

    /** Generous time-outs for a busy machine; no pause between requests unless a test is about it. */
    static final ExternalCheckOptions FAST = ExternalCheckOptions.defaults()
            .withTimeout(Duration.ofSeconds(10))
            .withPerHostInterval(Duration.ZERO)
            .withRetries(0);

    private TestServer server;
    private final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ExternalResult checkOne(URI url, ExternalCheckOptions options) {
        Map<URI, ExternalResult> results = ExternalLinkChecker.check(List.of(url), options, warnings::add);
        assertEquals(List.of(url), List.copyOf(results.keySet()));
        assertEquals(List.of(), warnings);
        return results.get(url);
    }

    private List<String> methods(String path) {
        return server.requests(path).stream().map(TestServer.Request::method).toList();
    }

    @Test
    void aPageThatAnswers200IsOkAfterOneHeadRequest() {
        server.status("/page", 200);
        ExternalResult result = checkOne(server.url("/page"), FAST);
        assertEquals(new ExternalResult(server.url("/page"), Outcome.OK, 200, "HTTP 200 OK", false), result);
        assertEquals(List.of("HEAD"), methods("/page"));
        assertTrue(server.requests("/page").get(0).userAgent().startsWith("Hyde-link-checker"),
                server.requests("/page").get(0).userAgent());
    }

    @Test
    void aMissingPageIsBroken() {
        ExternalResult result = checkOne(server.url("/missing"), FAST);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertEquals(404, result.httpStatus());
        assertEquals("HTTP 404 Not Found", result.reason());
        assertFalse(result.fromCache());
    }

    @Test
    void aServerErrorIsRetriedAndTheSecondAnswerCounts() {
        server.route("/flaky", (exchange, nth) -> TestServer.respond(exchange, nth == 1 ? 500 : 200));
        ExternalResult result = checkOne(server.url("/flaky"), FAST.withRetries(1));
        assertEquals(Outcome.OK, result.outcome());
        assertEquals(200, result.httpStatus());
        assertEquals(2, server.requests("/flaky").size());
    }

    @Test
    void aServerErrorThatStaysIsBrokenAfterTheRetries() {
        server.status("/down", 503);
        ExternalResult result = checkOne(server.url("/down"), FAST.withRetries(2));
        assertEquals(Outcome.BROKEN, result.outcome());
        assertEquals(503, result.httpStatus());
        assertEquals("HTTP 503 Service Unavailable (after 3 attempts)", result.reason());
        assertEquals(3, server.requests("/down").size());
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() {
        server.route("/no-head", (exchange, nth) ->
                TestServer.respond(exchange, exchange.getRequestMethod().equals("HEAD") ? 405 : 200));
        ExternalResult result = checkOne(server.url("/no-head"), FAST);
        assertEquals(Outcome.OK, result.outcome());
        assertEquals(List.of("HEAD", "GET"), methods("/no-head"));
    }

    @Test
    void aGetAfterARefusedHeadCanStillFindTheLinkBroken() {
        server.route("/gone", (exchange, nth) ->
                TestServer.respond(exchange, exchange.getRequestMethod().equals("HEAD") ? 501 : 410));
        ExternalResult result = checkOne(server.url("/gone"), FAST);
        assertEquals(Outcome.BROKEN, result.outcome());
        assertEquals("HTTP 410 Gone", result.reason());
        assertEquals(List.of("HEAD", "GET"), methods("/gone"));
    }

    @Test
    void aGetReadsOnlyTheStartOfALargeBody() throws InterruptedException {
        // 200 MB the checker must not download: it needs the status only
        long size = 200L * 1024 * 1024;
        AtomicBoolean sentAll = new AtomicBoolean();
        CountDownLatch handled = new CountDownLatch(1);
        server.route("/big", (exchange, nth) -> {
            if (exchange.getRequestMethod().equals("HEAD")) {
                TestServer.respond(exchange, 405);
                return;
            }
            try (OutputStream out = exchange.getResponseBody()) {
                exchange.sendResponseHeaders(200, size);
                byte[] chunk = new byte[64 * 1024];
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
                sentAll.set(true);
            } catch (IOException expected) {
                // the client hung up: the point of the test
            } finally {
                handled.countDown();
            }
        });
        ExternalResult result = checkOne(server.url("/big"), FAST);
        assertEquals(Outcome.OK, result.outcome());
        assertTrue(handled.await(30, TimeUnit.SECONDS));
        assertFalse(sentAll.get(), "the body was read to its end");
    }

    @Test
    void redirectsAreFollowedToTheirEnd() {
        server.route("/old", (exchange, nth) ->
                TestServer.respond(exchange, 301, Map.of("Location", "/new")));
        server.status("/new", 200);
        server.route("/moved-away", (exchange, nth) ->
                TestServer.respond(exchange, 302, Map.of("Location", "/nowhere")));

        ExternalResult ok = checkOne(server.url("/old"), FAST);
        assertEquals(Outcome.OK, ok.outcome());
        assertEquals(200, ok.httpStatus());
        assertEquals(1, server.requests("/new").size());

        ExternalResult broken = checkOne(server.url("/moved-away"), FAST);
        assertEquals(Outcome.BROKEN, broken.outcome());
        assertEquals(404, broken.httpStatus());
        assertEquals(1, server.requests("/nowhere").size());
    }

    @Test
    void aRedirectLoopIsBroken() {
        server.route("/loop", (exchange, nth) -> TestServer.respond(exchange, 302, Map.of("Location", "/loop")));
        ExternalResult result = checkOne(server.url("/loop"), FAST.withRetries(1));
        assertEquals(Outcome.BROKEN, result.outcome());
        assertEquals("too many redirects (the last: HTTP 302 Found)", result.reason());
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndIsRetried() {
        server.route("/silent", (exchange, nth) -> server.hang());
        ExternalResult result = checkOne(server.url("/silent"),
                FAST.withTimeout(Duration.ofMillis(300)).withRetries(1));
        assertEquals(Outcome.UNREACHABLE, result.outcome());
        assertEquals(0, result.httpStatus());
        assertEquals("timed out after 300 ms (after 2 attempts)", result.reason());
        assertEquals(2, server.requests("/silent").size());
    }

    @Test
    void anUnknownHostIsUnreachable() {
        ExternalResult result = checkOne(URI.create("http://nonexistent.invalid/page"), FAST);
        assertEquals(Outcome.UNREACHABLE, result.outcome());
        assertEquals("unknown host", result.reason());
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        ExternalResult result = checkOne(URI.create("http://127.0.0.1:" + port + "/"), FAST);
        assertEquals(Outcome.UNREACHABLE, result.outcome());
        assertEquals("connection refused", result.reason());
    }

    @Test
    void eachUrlIsAskedForOnceWithoutItsFragment() {
        server.status("/page", 200);
        URI a = URI.create(server.url("/page") + "#intro");
        URI b = URI.create(server.url("/page") + "#usage");
        URI plain = server.url("/page");
        Map<URI, ExternalResult> results = ExternalLinkChecker.check(List.of(a, b, plain, a), FAST, warnings::add);
        assertEquals(List.of(a, b, plain), List.copyOf(results.keySet()));
        for (ExternalResult result : results.values()) {
            assertEquals(plain, result.url());
            assertEquals(Outcome.OK, result.outcome());
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void aUrlThatIsNotHttpIsUnreachableWithoutARequest() {
        URI mail = URI.create("mailto:someone@example.org");
        URI ftp = URI.create("ftp://127.0.0.1/file");
        URI noHost = URI.create("http:///path");
        Map<URI, ExternalResult> results = ExternalLinkChecker.check(List.of(mail, ftp, noHost), FAST, warnings::add);
        assertEquals("not an http or https URL", results.get(mail).reason());
        assertEquals(Outcome.UNREACHABLE, results.get(ftp).outcome());
        assertEquals("not an http or https URL", results.get(ftp).reason());
        assertEquals(Outcome.UNREACHABLE, results.get(noHost).outcome());
        assertEquals("no host name in the URL", results.get(noHost).reason());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void nothingToCheckIsNoWork() {
        assertEquals(Map.of(), ExternalLinkChecker.check(List.of(), FAST, warnings::add));
    }
}
