package dev.hyde.links.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Severity;
import dev.hyde.links.external.ExternalResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.hyde.links.external.ExternalLinkCheckerTest.FAST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class LinkCacheTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path tmp;

    private TestServer server;
    private Path cacheFile;
    private URI ok;
    private URI broken;
    private final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start().status("/ok", 200);
        ok = server.url("/ok");
        broken = server.url("/broken");
        cacheFile = tmp.resolve("cache/external-links.json");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<URI, ExternalResult> run(Instant at) {
        return run(at, FAST.withCacheFile(cacheFile));
    }

    private Map<URI, ExternalResult> run(Instant at, ExternalCheckOptions options) {
        return ExternalLinkChecker.check(List.of(ok, broken), options, warnings::add,
                Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void aSecondRunAsksOnlyForTheLinksThatFailed() throws IOException {
        Map<URI, ExternalResult> first = run(MONDAY);
        assertFalse(first.get(ok).fromCache());
        assertEquals(Outcome.BROKEN, first.get(broken).outcome());
        JsonNode written = new ObjectMapper().readTree(cacheFile.toFile());
        assertEquals("hyde-external-links", written.get("format").asText());
        assertEquals(1, written.get("version").asInt());
        assertEquals(1, written.get("entries").size(), "only the success is remembered");
        assertEquals(ok.toString(), written.get("entries").get(0).get("url").asText());
        assertEquals(MONDAY.toString(), written.get("entries").get(0).get("checked").asText());

        Map<URI, ExternalResult> second = run(MONDAY.plus(Duration.ofHours(23)));
        assertEquals(new ExternalResult(ok, Outcome.OK, 200, "HTTP 200 OK", true), second.get(ok));
        assertEquals(Outcome.BROKEN, second.get(broken).outcome());
        assertFalse(second.get(broken).fromCache());
        assertEquals(1, server.requests("/ok").size(), "the success was not asked for again");
        assertEquals(2, server.requests("/broken").size(), "the failure was");
        assertEquals(List.of(), warnings);

        // the reused entry keeps its first date: it does not live forever by being reused
        Map<URI, ExternalResult> third = run(MONDAY.plus(Duration.ofHours(25)));
        assertFalse(third.get(ok).fromCache());
        assertEquals(2, server.requests("/ok").size());
    }

    @Test
    void anExpiredSuccessIsAskedForAgain() {
        run(MONDAY);
        Map<URI, ExternalResult> later = run(MONDAY.plus(Duration.ofHours(2)),
                FAST.withCacheFile(cacheFile).withCacheMaxAge(Duration.ofHours(1)));
        assertEquals(Outcome.OK, later.get(ok).outcome());
        assertFalse(later.get(ok).fromCache());
        assertEquals(2, server.requests("/ok").size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aSuccessThatNowFailsIsForgotten() throws IOException {
        run(MONDAY);
        server.status("/ok", 404);
        Map<URI, ExternalResult> later = run(MONDAY.plus(Duration.ofHours(2)), FAST.withCacheFile(cacheFile)
                .withCacheMaxAge(Duration.ofHours(1)));
        assertEquals(Outcome.BROKEN, later.get(ok).outcome());
        assertEquals(0, new ObjectMapper().readTree(cacheFile.toFile()).get("entries").size());
    }

    @Test
    void withoutACacheFileNothingIsWritten() throws IOException {
        run(MONDAY, FAST);
        run(MONDAY, FAST);
        assertEquals(2, server.requests("/ok").size());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"format": "hyde-external-links", "version": 1, "entries": [{"url": "X"  | it ends early (cut short?)
            this is not JSON                                                         | it is not valid JSON
            {"format": "hyde-external-links", "version": 1, "entries": []} trailing  | it is not valid JSON
            {"name": "a package.json, say"}                                          | it is not a Hyde external link cache (no "format": "hyde-external-links")
            {"format": "hyde-external-links", "version": 2, "entries": []}           | it has format version 2; this Hyde reads version 1
            {"format": "hyde-external-links", "version": 1}                          | it has no "entries" list
            """)
    void aDamagedCacheIsReportedOnceAndNotUsed(String content, String what) throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, content.replace("\"X\"", '"' + ok.toString() + '"'));
        Map<URI, ExternalResult> results = run(MONDAY);

        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(cacheFile.toString(), warning.file());
        assertEquals("External link cache not used: " + what, warning.title());
        assertFalse(results.get(ok).fromCache());
        assertEquals(1, server.requests("/ok").size());

        // replaced by a good cache, which the next run uses without a word
        warnings.clear();
        assertTrue(run(MONDAY).get(ok).fromCache());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCacheWithOneBadEntryIsNotUsedAtAll() throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, """
                {"format": "hyde-external-links", "version": 1, "entries": [
                  {"url": "%s", "status": 200, "checked": "2026-03-02T08:00:00Z"},
                  {"url": "%s", "status": 200, "checked": "yesterday"}
                ]}
                """.formatted(ok, broken));
        Map<URI, ExternalResult> results = run(MONDAY);

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("External link cache not used: entry 2 has a malformed time: yesterday", warnings.get(0).title());
        assertFalse(results.get(ok).fromCache(), "half a cache is not used");
        assertEquals(1, server.requests("/ok").size());
    }

    @Test
    void aMalformedCacheIsReportedWithItsLine() throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "{\n  \"format\": \"hyde-external-links\",\n  \"version\": 1 oops\n}\n");
        run(MONDAY);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(3, warnings.get(0).line());
        assertTrue(warnings.get(0).hint().contains("replaced"), warnings.get(0).hint());
    }

    @Test
    void aCacheThatCannotBeWrittenIsReportedAndTheResultsStillCome() throws IOException {
        Path notAFolder = tmp.resolve("plain-file");
        Files.writeString(notAFolder, "");
        Path unwritable = notAFolder.resolve("external-links.json");
        Map<URI, ExternalResult> results = run(MONDAY, FAST.withCacheFile(unwritable));

        assertEquals(Outcome.OK, results.get(ok).outcome());
        assertEquals(Outcome.BROKEN, results.get(broken).outcome());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("Could not write the external link cache", warnings.get(0).title());
        assertEquals(unwritable.toString(), warnings.get(0).file());
    }

    @Test
    void aCacheInAReadOnlyFolderIsReportedAndTheResultsStillCome() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as a user who may write anywhere (root)");
            Map<URI, ExternalResult> results = run(MONDAY, FAST.withCacheFile(folder.resolve("links.json")));
            assertEquals(Outcome.OK, results.get(ok).outcome());
            assertEquals(1, warnings.size(), warnings.toString());
            assertEquals("Could not write the external link cache", warnings.get(0).title());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theCacheIsReplacedWholeWithNoTemporaryFileLeft() throws IOException {
        run(MONDAY);
        run(MONDAY.plus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.list(cacheFile.getParent())) {
            assertEquals(List.of(cacheFile.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
