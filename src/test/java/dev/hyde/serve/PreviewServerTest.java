package dev.hyde.serve;

import dev.hyde.TestSite;
import dev.hyde.diag.DiagnosticException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the preview server for real on a free loopback port, editing files on disk. */
class PreviewServerTest {
    private Path root;
    private PreviewServer server;
    private final List<Rebuild> rebuilds = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        root = TestSite.write("""
                -- templates/default.ftlh --
                <!doctype html><html><head><title>${page.title}</title></head><body><main>${content?no_esc}</main></body></html>
                -- content/index.md --
                ---
                title: Home
                ---
                Hello
                -- content/guide.md --
                ---
                title: Guide
                ---
                Guide text
                -- secret.txt --
                do not serve
                """);
        server = PreviewServer.start(root, false, "127.0.0.1", 0, rebuilds::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Response(int status, String body, String location) {
    }

    private Response get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) server.address().resolve(path).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, body, c.getHeaderField("Location"));
    }

    /** Sends the path exactly as given, without any client normalising it. */
    private Response rawGet(String rawPath) throws IOException {
        URI address = server.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new Response(status, response, null);
        }
    }

    @Test
    void theSearchIndexFollowsABurstOfEditsToTheLastOne() throws Exception {
        Path guide = root.resolve("content/guide.md");
        for (int i = 0; i < 8; i++) {
            Files.writeString(guide, "---\ntitle: Guide\n---\nGuide text quokka" + i + "\n");
            server.rebuild(Set.of(guide));
        }
        // each rebuild gives up the index being made for the one before; the last one's is made
        String shard = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!shard.contains("\"quokka7\"") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            shard = server.site().file(dev.hyde.search.SearchIndex.FOLDER + "t/qu.json")
                    .map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
        }
        assertTrue(shard.contains("\"quokka7\""), shard);
        assertFalse(shard.contains("\"quokka6\""), shard);
    }

    @Test
    void servesPagesFromMemoryWithTheReloadScriptAndLeavesSiteAlone() throws IOException {
        Response home = get("/");
        assertEquals(200, home.status());
        Document html = Jsoup.parse(home.body());
        assertEquals("Hello", html.expectFirst("main p").text());
        assertNotNull(html.selectFirst("script[src=/_hyde/live.js]"));
        assertEquals(200, get("/guide/").status());
        Response redirect = get("/guide");
        assertEquals(301, redirect.status());
        assertEquals("/guide/", redirect.location());
        assertEquals(404, get("/nope/").status());
        assertFalse(Files.exists(root.resolve("site")), "site/ is not written by the preview server");
        assertFalse(new String(server.site().file("index.html").orElseThrow(), StandardCharsets.UTF_8)
                .contains("live.js"), "the script is added when serving, not to the site");
    }

    @Test
    void requestsLeavingTheSiteGet404() throws IOException {
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
                "/%252e%252e/secret.txt", "/content/../../secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt")) {
            Response response = rawGet(path);
            assertTrue(response.status() == 404 || response.status() == 400, path + " -> " + response.status());
            assertFalse(response.body().contains("do not serve"), path);
        }
    }

    @Test
    void anEditOnDiskIsRebuiltAndPushedToOpenPages() throws Exception {
        BlockingQueue<String> events = listen();
        Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Guide\n---\nGuide text, edited\n");
        String event = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(event, "no reload event arrived");
        assertTrue(event.startsWith("reload"), event);
        assertTrue(get("/guide/").body().contains("Guide text, edited"));
        assertEquals(1, rebuilds.get(rebuilds.size() - 1).pagesRendered());
    }

    @Test
    void errorsShowAsAnOverlayOnEveryPageUntilFixed() throws Exception {
        BlockingQueue<String> events = listen();
        Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Guide\n---\nBroken {% include nothere.html %}\n");
        assertNotNull(events.poll(10, TimeUnit.SECONDS));
        Document home = Jsoup.parse(get("/").body());
        String overlay = home.expectFirst("#hyde-errors").text();
        assertTrue(overlay.contains("content/guide.md:4"), overlay);
        assertTrue(overlay.contains("Include not found: nothere.html"), overlay);
        assertTrue(overlay.contains("Broken {% include nothere.html %}"), "source excerpt: " + overlay);
        assertTrue(overlay.contains("hint:"), overlay);
        assertTrue(Jsoup.parse(get("/guide/").body()).text().contains("Guide text"), "last good page still served");

        Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Guide\n---\nFixed\n");
        assertNotNull(events.poll(10, TimeUnit.SECONDS));
        Document fixed = Jsoup.parse(get("/guide/").body());
        assertTrue(fixed.select("#hyde-errors").isEmpty());
        assertEquals("Fixed", fixed.expectFirst("main p").text());
    }

    @Test
    void aBrokenLinkAnEditWroteShowsAsAWarningInACornerUntilFixed() throws Exception {
        BlockingQueue<String> events = listen();
        Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Guide\n---\nSee [setup](/gide/#setup).\n");
        assertNotNull(events.poll(10, TimeUnit.SECONDS));
        Document guide = Jsoup.parse(get("/guide/").body());
        assertEquals("See setup.", guide.expectFirst("main p").text(), "the page itself is the new one");
        org.jsoup.nodes.Element panel = guide.expectFirst("hyde-error-overlay#hyde-errors");
        assertTrue(panel.hasClass("warnings"), panel.outerHtml());
        String text = panel.text();
        assertTrue(text.contains("content/guide.md:4:13"), text);
        assertTrue(text.contains("Link target not found: /gide/#setup"), text);
        assertTrue(text.contains("/guide/"), "suggests the near page: " + text);
        assertTrue(server.diagnostics().stream().noneMatch(d -> d.isError()), "a warning, not an error");

        Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Guide\n---\nSee [home](/).\n");
        assertNotNull(events.poll(10, TimeUnit.SECONDS));
        assertTrue(Jsoup.parse(get("/guide/").body()).select("#hyde-errors").isEmpty());
    }

    @Test
    void aBurstOfThousandsOfFilesEndsInOneConsistentSite() throws Exception {
        BlockingQueue<String> events = listen();
        Path folder = Files.createDirectories(root.resolve("content/many"));
        for (int i = 0; i < 2000; i++) {
            Files.writeString(folder.resolve("p" + i + ".md"), "---\ntitle: P" + i + "\n---\nPage " + i + "\n");
        }
        // Each rebuild ends in a reload event: after each one, look at what is served now.
        int missing = missing(2000);
        while (missing > 0) {
            String event = events.poll(60, TimeUnit.SECONDS);
            assertNotNull(event, "no rebuild for a minute while " + missing + " pages were missing");
            missing = missing(2000);
        }
        assertEquals(0, missing, "pages never built");
        assertTrue(rebuilds.size() < 100, "events were taken in bursts: " + rebuilds.size() + " rebuilds");
    }

    private int missing(int pages) {
        int missing = 0;
        for (int i = 0; i < pages; i++) {
            if (server.served().file("many/p" + i + "/index.html").isEmpty()) {
                missing++;
            }
        }
        return missing;
    }

    @Test
    void portInUseIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            DiagnosticException e = assertThrows(DiagnosticException.class,
                    () -> PreviewServer.start(root, false, "127.0.0.1", taken.getLocalPort(), r -> { }));
            assertEquals("Port " + taken.getLocalPort() + " is already in use", e.diagnostic().title());
            assertTrue(e.diagnostic().hint().contains("--port"));
        }
    }

    @Test
    void aFileOutsideTheSourcesChangesNothing() throws Exception {
        long generation = server.served().generation();
        Files.writeString(root.resolve("hyde.log"), "a log line");
        server.rebuild(Set.of(root.resolve("hyde.log"), root.resolve("secret.txt")));
        assertEquals(generation, server.served().generation());
        assertTrue(rebuilds.isEmpty(), "no rebuild was logged: " + rebuilds);
    }

    @Test
    void theErrorOverlayKeepsThePagesStylesOutAndFollowsTheColourScheme() throws Exception {
        Files.writeString(root.resolve("content/guide.md"), "---\ntitle: Guide\n---\nBroken {% include nothere.html %}\n");
        server.rebuild(Set.of(root.resolve("content/guide.md")));
        Document home = Jsoup.parse(get("/").body());
        org.jsoup.nodes.Element overlay = home.expectFirst("hyde-error-overlay#hyde-errors");
        org.jsoup.nodes.Element shadow = overlay.expectFirst("> template[shadowrootmode=open]");
        String style = shadow.expectFirst("style").data();
        assertTrue(style.contains(":host{all:initial!important"), "inherited page styles stop at the host: " + style);
        assertTrue(style.contains("@media (prefers-color-scheme:dark)"), style);
        assertTrue(shadow.select("[style]").isEmpty(), "every style is in the shadow root's sheet");
        assertTrue(shadow.expectFirst("pre.excerpt").text().contains("Broken {% include nothere.html %}"));
        assertTrue(overlay.nextElementSibling().is("script[src=/_hyde/live.js]"), "live.js comes after the overlay");
        String script = get("/_hyde/live.js").body();
        assertTrue(script.contains("attachShadow") && script.contains("template[shadowrootmode]"), script);
    }

    @Test
    void anEditDuringTheFirstBuildEndsUpInTheServedSite() throws Exception {
        server.close();
        rebuilds.clear();
        BlockingQueue<Rebuild> logged = new LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        Path guide = root.resolve("content/guide.md");
        server = PreviewServer.start(dev.hyde.pipeline.BuildOptions.of(root), "127.0.0.1", 0, logged::add, () -> {
            if (first.getAndSet(false)) {
                // The first build has read the sources and not rendered yet.
                write(guide, "---\ntitle: Guide\n---\nEdited while building\n");
            }
        });
        while (!get("/guide/").body().contains("Edited while building")) {
            assertNotNull(logged.poll(30, TimeUnit.SECONDS), "the edit made during the first build was lost");
        }
    }

    @Test
    void aRequestDuringARebuildIsAnsweredFromTheLastGoodSiteAtOnce() throws Exception {
        server.close();
        CountDownLatch rebuildStarted = new CountDownLatch(1);
        CountDownLatch requestAnswered = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
        server = PreviewServer.start(dev.hyde.pipeline.BuildOptions.of(root), "127.0.0.1", 0, rebuilds::add, () -> {
            if (builds.incrementAndGet() > 1) {
                rebuildStarted.countDown();
                await(requestAnswered); // the rebuild holds its lock until the request is answered
            }
        });
        Path guide = root.resolve("content/guide.md");
        Files.writeString(guide, "---\ntitle: Guide\n---\nNew text\n");
        Thread rebuild = new Thread(() -> server.rebuild(Set.of(guide)));
        rebuild.start();
        assertTrue(rebuildStarted.await(30, TimeUnit.SECONDS));
        try {
            Response during = get("/guide/");
            assertEquals(200, during.status());
            assertEquals("Guide text", Jsoup.parse(during.body()).expectFirst("main p").text());
        } finally {
            requestAnswered.countDown();
        }
        rebuild.join();
        assertEquals("New text", Jsoup.parse(get("/guide/").body()).expectFirst("main p").text());
    }

    @Test
    void aWatcherThatCannotStartLeavesThePortFree() throws Exception {
        Path elsewhere = TestSite.write("""
                -- notafolder --
                a file where the configuration's folder should be
                """);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        dev.hyde.pipeline.BuildOptions options = dev.hyde.pipeline.BuildOptions.of(root)
                .withConfigFiles(List.of(elsewhere.resolve("notafolder/_config.yml")));
        DiagnosticException e = assertThrows(DiagnosticException.class,
                () -> PreviewServer.start(options, "127.0.0.1", port, r -> { }));
        assertEquals("Cannot watch the sources for changes", e.diagnostic().title());
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            // Bounded so that a server that waits for the rebuild fails the test instead of hanging it.
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the page's event stream, as the reload script does, and queues each event's name. */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        CountDownLatch subscribed = new CountDownLatch(1);
        HttpURLConnection c = (HttpURLConnection) server.address().resolve("/_hyde/events").toURL().openConnection();
        BufferedReader reader = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("retry: ")) {
                        subscribed.countDown(); // sent once the page is listed for reloads
                    } else if (line.startsWith("event: ")) {
                        events.add(line.substring(7));
                    }
                }
            } catch (IOException e) {
                // stream closed when the server stops
            }
        });
        thread.setDaemon(true);
        thread.start();
        assertTrue(subscribed.await(30, TimeUnit.SECONDS), "the event stream never opened");
        return events;
    }
}
