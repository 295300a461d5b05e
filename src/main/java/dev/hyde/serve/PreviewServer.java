package dev.hyde.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@code hyde serve}: builds the site into memory, serves it over HTTP (on 127.0.0.1 unless told
 * otherwise), rebuilds what each edit affects and tells open pages to reload. {@code site/} is
 * not touched. While the sources have errors, every page shows them over the last good version.
 */
public final class PreviewServer implements AutoCloseable {
    /** How long the sources must be quiet before a rebuild: an editor's save is several events. */
    private static final long QUIET_MILLIS = 15;
    /**
     * Read once by the JDK's HTTP server when it is first used. Without it every response on a
     * kept-alive connection waits for the client's delayed acknowledgement (~40 ms on Linux).
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer http;
    private final ExecutorService handlers;
    /** Makes the search index after an edit, one at a time, apart from the rebuilds. */
    private final ExecutorService searchIndexing = Executors.newSingleThreadExecutor(SourceWatcher.daemon("hyde-search"));
    /** Rebuilds started so far: a search index being made gives up when one starts. */
    private final java.util.concurrent.atomic.AtomicLong rebuildsStarted = new java.util.concurrent.atomic.AtomicLong();
    private final ReloadEvents events = new ReloadEvents();
    private final SourceWatcher watcher;
    private final LiveSite live;
    private final byte[] liveScript;
    private final Consumer<Rebuild> log;
    /** Rebuilds run one at a time under this lock; requests never take it. */
    private final Object rebuilding = new Object();
    private volatile ServedSite served;

    /**
     * Watches the sources first, then builds, so that an edit made during the first build is
     * applied right after it; only then does the server answer requests.
     */
    private PreviewServer(BuildOptions options, HttpServer http, ExecutorService handlers, Consumer<Rebuild> log,
                          Runnable afterRead) {
        this.http = http;
        this.handlers = handlers;
        this.log = log;
        this.liveScript = resource("live.js");
        WatchedSources sources = WatchedSources.of(options);
        this.watcher = new SourceWatcher(sources, QUIET_MILLIS, this::rebuild, this::rebuildAll);
        try {
            this.live = LiveSite.open(options, afterRead);
            synchronized (rebuilding) {
                served = snapshot();
            }
            http.createContext("/", this::handle);
            http.start();
        } catch (RuntimeException | Error e) {
            watcher.close();
            throw e;
        }
        watcher.release();
    }

    /**
     * Builds the site and starts serving it.
     *
     * @param log told of every rebuild
     * @throws DiagnosticException when the port cannot be used or the sources cannot be watched
     */
    public static PreviewServer start(Path project, boolean drafts, String host, int port, Consumer<Rebuild> log) {
        return start(BuildOptions.of(project).withDrafts(drafts), host, port, log);
    }

    /**
     * Builds the site as {@code options} say (configuration files, drafts, source layout; the
     * destination is not written) and starts serving it.
     *
     * @throws DiagnosticException when the port cannot be used or the sources cannot be watched
     */
    public static PreviewServer start(BuildOptions buildOptions, String host, int port, Consumer<Rebuild> log) {
        return start(buildOptions, host, port, log, () -> { });
    }

    /** As above; {@code afterRead} runs in every build and rebuild before rendering, for tests. */
    static PreviewServer start(BuildOptions buildOptions, String host, int port, Consumer<Rebuild> log,
                               Runnable afterRead) {
        // One time for the whole session, so every rebuild agrees on site.time.
        BuildOptions options = buildOptions.time().isPresent() ? buildOptions
                : buildOptions.withTime(ZonedDateTime.now(ZoneOffset.UTC).withNano(0));
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer http = listen(host, port);
        ExecutorService handlers = Executors.newCachedThreadPool(SourceWatcher.daemon("hyde-http"));
        http.setExecutor(handlers);
        try {
            return new PreviewServer(options, http, handlers, log, afterRead);
        } catch (RuntimeException | Error e) {
            // The JDK closes the listening socket on its dispatcher thread: one that never ran
            // would keep the port bound. Started and stopped, the port is free again.
            try {
                http.start();
            } catch (IllegalStateException alreadyStarted) {
                // started before the failure: stopping is enough
            }
            http.stop(0);
            handlers.shutdownNow();
            throw e;
        }
    }

    private static HttpServer listen(String host, int port) {
        try {
            return HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw Diagnostic.error("Port " + port + " is already in use")
                    .detail("Another program listens on %s:%d.", host, port)
                    .hint("Stop that program, or choose another port: --port %d.", port + 1).exception();
        } catch (IOException e) {
            throw Diagnostic.error("Cannot listen on " + host + ":" + port).detail(String.valueOf(e.getMessage()))
                    .hint("Check the --host address.").exception();
        }
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:4000/}. */
    public URI address() {
        InetSocketAddress at = http.getAddress();
        return URI.create("http://" + at.getHostString() + ":" + at.getPort() + served.baseurl() + "/");
    }

    public LiveSite site() {
        return live;
    }

    /** The problems of the sources as of the last finished rebuild. */
    public List<Diagnostic> diagnostics() {
        return served.diagnostics();
    }

    /** Applies a burst of edits; public so that tests can drive rebuilds without waiting for the watcher. */
    public void rebuild(Set<Path> changed) {
        rebuildWith(() -> live.apply(changed));
    }

    /** After events were lost (thousands at once) nothing is known about what changed. */
    private void rebuildAll() {
        rebuildWith(live::rebuildAll);
    }

    /**
     * Runs one rebuild alone, then swaps in what it built, logs it and tells the open pages to
     * reload; a burst that touched nothing the site is built from changes nothing.
     */
    private void rebuildWith(Runnable rebuild) {
        long start = System.nanoTime();
        rebuildsStarted.incrementAndGet();
        Rebuild report;
        synchronized (rebuilding) {
            long before = live.generation();
            rebuild.run();
            if (live.generation() == before) {
                return;
            }
            served = snapshot();
            report = new Rebuild(live.generation(), Duration.ofNanos(System.nanoTime() - start),
                    live.lastRendered().size(), served.diagnostics());
        }
        log.accept(report);
        events.reload(report.generation());
        // the search index after the reload, away from the rebuilds: a page shows at once, a search moments later
        searchIndexing.execute(this::refreshSearchIndex);
    }

    /**
     * Makes the search index an edit made stale. Given up as soon as another rebuild starts, which
     * it would otherwise slow down, and tried again after it (after the rebuild's own reload); a
     * result that an edit made stale meanwhile is dropped.
     */
    private void refreshSearchIndex() {
        List<dev.hyde.search.PageText> texts;
        long generation;
        long started;
        String baseurl;
        synchronized (rebuilding) {
            texts = live.staleSearchTexts();
            generation = live.generation();
            started = rebuildsStarted.get();
            baseurl = live.baseurl();
        }
        if (texts == null) {
            return;
        }
        java.util.Optional<dev.hyde.search.SearchIndex.Written> index = dev.hyde.search.SearchIndex.write(texts, baseurl,
                () -> rebuildsStarted.get() != started);
        if (index.isEmpty()) {
            // a burst that changed nothing schedules no refresh of its own: this one comes again
            try {
                searchIndexing.execute(this::refreshSearchIndex);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // the server is closing: no index is wanted any more
            }
            return;
        }
        synchronized (rebuilding) {
            if (live.generation() == generation) {
                live.takeSearchIndex(index.get());
                served = snapshot();
            }
        }
    }

    /** Freezes the site as it is now; called with the rebuild lock held. */
    private ServedSite snapshot() {
        List<Diagnostic> diagnostics = live.diagnostics();
        return new ServedSite(live.outputBeforeSearch().snapshot(), live.baseurl(), live.generation(), diagnostics,
                ErrorOverlay.html(diagnostics, live.linkWarnings(), live.project()));
    }

    /** What requests are answered from now. */
    ServedSite served() {
        return served;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("/_hyde/events".equals(path)) {
            events.subscribe(exchange); // stays open: closed when the page goes away
            return;
        }
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if ("/_hyde/live.js".equals(path)) {
                send(exchange, 200, "text/javascript; charset=utf-8", liveScript);
                return;
            }
            serveSiteFile(exchange, served, path);
        } catch (IOException e) {
            // The browser went away mid-response; nothing to tell anyone.
        }
    }

    private static void serveSiteFile(HttpExchange exchange, ServedSite site, String path) throws IOException {
        SitePaths.Resolution resolution = SitePaths.resolve(path, site.baseurl(), site::exists);
        if (resolution instanceof SitePaths.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (resolution instanceof SitePaths.Found found) {
            String file = found.file();
            Optional<byte[]> bytes = ContentTypes.isHtml(file) ? site.page(file) : site.file(file);
            if (bytes.isPresent()) {
                send(exchange, 200, ContentTypes.of(file), bytes.get());
                return;
            }
        }
        byte[] notFound = site.page("404.html")
                .orElse(site.withLiveReload(("<!doctype html><title>Not found</title><h1>Not found</h1><p>"
                        + org.jsoup.nodes.Entities.escape(path) + "</p>").getBytes(StandardCharsets.UTF_8)));
        send(exchange, 404, "text/html; charset=utf-8", notFound);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        watcher.close();
        events.closeAll();
        http.stop(0);
        handlers.shutdownNow();
        searchIndexing.shutdownNow();
    }
}
