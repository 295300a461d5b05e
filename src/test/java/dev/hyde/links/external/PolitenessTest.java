package dev.hyde.links.external;

import dev.hyde.diag.Diagnostic;
import dev.hyde.links.external.ExternalResult.Outcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.hyde.links.external.ExternalLinkCheckerTest.FAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits that keep the checker polite. Only lower bounds on time are asserted: a busy
 * machine may make anything slower, never faster.
 */
class PolitenessTest {

    private final List<Diagnostic> warnings = new ArrayList<>();

    @Test
    void neverMoreRequestsInFlightThanTheConcurrencyOverAllHosts() throws IOException {
        TestServer.InFlight overall = new TestServer.InFlight();
        List<TestServer> servers = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        try {
            // five servers, each reached as 127.0.0.1 and as localhost: ten hosts
            for (int i = 0; i < 5; i++) {
                TestServer server = TestServer.start(overall);
                server.route("/slow", (exchange, nth) -> {
                    TestServer.sleep(150);
                    TestServer.respond(exchange, 200);
                });
                servers.add(server);
                urls.add(server.url("127.0.0.1", "/slow"));
                urls.add(server.url("localhost", "/slow"));
            }
            Map<URI, ExternalResult> results = ExternalLinkChecker.check(urls, FAST.withConcurrency(2), warnings::add);

            assertEquals(10, results.size());
            results.values().forEach(r -> assertEquals(Outcome.OK, r.outcome(), r.toString()));
            assertEquals(10, servers.stream().mapToInt(s -> s.requests().size()).sum());
            assertTrue(overall.max.get() <= 2, "at most 2 in flight, saw " + overall.max.get());
            assertTrue(overall.max.get() >= 1);
        } finally {
            servers.forEach(TestServer::close);
        }
    }

    @Test
    void oneRequestAtATimeToAHostWithTheIntervalBetweenStarts() throws IOException {
        Duration interval = Duration.ofMillis(200);
        try (TestServer server = TestServer.start()) {
            List<URI> urls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                server.route("/p" + i, (exchange, nth) -> {
                    TestServer.sleep(20);
                    TestServer.respond(exchange, 200);
                });
                urls.add(server.url("/p" + i));
            }
            // Each request's start as the scheduler times it: measured where the requests arrive,
            // one request slow to get there would shorten the next gap and say nothing of the pacing.
            List<Long> starts = java.util.Collections.synchronizedList(new ArrayList<>());
            Map<URI, ExternalResult> results = new RequestScheduler(
                    FAST.withConcurrency(8).withPerHostInterval(interval), java.time.Clock.systemUTC(), "test",
                    (url, nanos) -> starts.add(nanos)).run(urls);

            results.values().forEach(r -> assertEquals(Outcome.OK, r.outcome(), r.toString()));
            assertEquals(1, server.inFlight.max.get(), "never two requests at once to one host");
            assertEquals(5, server.requests().size());
            assertEquals(5, starts.size());
            for (int i = 1; i < starts.size(); i++) {
                long gapNanos = starts.get(i) - starts.get(i - 1);
                assertTrue(gapNanos >= interval.toNanos(), "gap " + i + " was " + gapNanos / 1_000_000 + " ms");
            }
        }
    }

    @Test
    void tooManyRequestsWaitsAsToldAndTriesAgain() throws IOException {
        try (TestServer server = TestServer.start()) {
            server.route("/busy", (exchange, nth) -> {
                if (nth == 1) {
                    TestServer.respond(exchange, 429, Map.of("Retry-After", "1"));
                } else {
                    TestServer.respond(exchange, 200);
                }
            });
            ExternalResult result = ExternalLinkChecker.check(List.of(server.url("/busy")), FAST.withRetries(1),
                    warnings::add).get(server.url("/busy"));

            assertEquals(Outcome.OK, result.outcome());
            List<TestServer.Request> requests = server.requests("/busy");
            assertEquals(2, requests.size());
            long waitedMillis = (requests.get(1).startNanos() - requests.get(0).startNanos()) / 1_000_000;
            assertTrue(waitedMillis >= 900, "waited " + waitedMillis + " ms");
        }
    }

    @Test
    void tooManyRequestsWithNoRetriesLeftIsBroken() throws IOException {
        try (TestServer server = TestServer.start()) {
            server.route("/busy", (exchange, nth) -> TestServer.respond(exchange, 429, Map.of("Retry-After", "1")));
            ExternalResult result = ExternalLinkChecker.check(List.of(server.url("/busy")), FAST.withRetries(0),
                    warnings::add).get(server.url("/busy"));

            assertEquals(Outcome.BROKEN, result.outcome());
            assertEquals("HTTP 429 Too Many Requests", result.reason());
            assertEquals(1, server.requests("/busy").size());
        }
    }
}
