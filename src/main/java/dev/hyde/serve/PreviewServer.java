package dev.hyde.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hyde.build.BuildOptions;
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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
    private static final String LIVE_SCRIPT = "<script src=\"/_hyde/live.js\"></script>";
    /** How long the sources must be quiet before a rebuild: an editor's save is several events. */
    private static final long QUIET_MILLIS = 15;

    private final LiveSite live;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ReloadEvents events = new ReloadEvents();
    private final SourceWatcher watcher;
    private final byte[] liveScript;
    private final Consumer<Rebuild> log;

    private PreviewServer(LiveSite live, HttpServer http, ExecutorService handlers, Consumer<Rebuild> log) {
        this.live = live;
        this.http = http;
        this.handlers = handlers;
        this.log = log;
        this.liveScript = resource("live.js");
        http.createContext("/", this::handle);
        http.start();
        this.watcher = new SourceWatcher(live.project(), QUIET_MILLIS, this::rebuild, this::rebuildAll);
    }

    /**
     * Builds the site and starts serving it.
     *
     * @param log told of every rebuild
     * @throws DiagnosticException when the port cannot be used
     */
    public static PreviewServer start(Path project, boolean drafts, String host, int port, Consumer<Rebuild> log) {
        return start(BuildOptions.of(project).withDrafts(drafts), host, port, log);
    }

    /**
     * Builds the site as {@code options} say (configuration files, drafts, source layout; the
     * destination is not written) and starts serving it.
     *
     * @throws DiagnosticException when the port cannot be used
     */
    public static PreviewServer start(BuildOptions buildOptions, String host, int port, Consumer<Rebuild> log) {
        // One time for the whole session, so every rebuild agrees on site.time.
        BuildOptions options = buildOptions.time().isPresent() ? buildOptions
                : buildOptions.withTime(ZonedDateTime.now(ZoneOffset.UTC).withNano(0));
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (BindException e) {
            throw Diagnostic.error("Port " + port + " is already in use")
                    .detail("Another program listens on %s:%d.", host, port)
                    .hint("Stop that program, or choose another port: --port %d.", port + 1).exception();
        } catch (IOException e) {
            throw Diagnostic.error("Cannot listen on " + host + ":" + port).detail(String.valueOf(e.getMessage()))
                    .hint("Check the --host address.").exception();
        }
        ExecutorService handlers = Executors.newCachedThreadPool(SourceWatcher.daemon("hyde-http"));
        http.setExecutor(handlers);
        LiveSite live = LiveSite.open(options);
        return new PreviewServer(live, http, handlers, log);
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:4000/}. */
    public URI address() {
        InetSocketAddress at = http.getAddress();
        return URI.create("http://" + at.getHostString() + ":" + at.getPort() + live.baseurl() + "/");
    }

    public LiveSite site() {
        return live;
    }

    /** Current problems of the sources. */
    public java.util.List<Diagnostic> diagnostics() {
        synchronized (live) {
            return live.diagnostics();
        }
    }

    /** Applies a burst of edits; public so that tests can drive rebuilds without waiting for the watcher. */
    public void rebuild(Set<Path> changed) {
        rebuildWith(() -> live.apply(changed));
    }

    /** After a watcher overflow (thousands of events at once) nothing is known about what changed. */
    private void rebuildAll() {
        rebuildWith(live::rebuildAll);
    }

    /** Runs one rebuild alone, logs it, then tells the open pages to reload. */
    private void rebuildWith(Runnable rebuild) {
        long start = System.nanoTime();
        Rebuild report;
        synchronized (live) {
            rebuild.run();
            report = report(start);
        }
        log.accept(report);
        events.reload(report.generation());
    }

    private Rebuild report(long start) {
        return new Rebuild(live.generation(), java.time.Duration.ofNanos(System.nanoTime() - start),
                live.lastRendered().size(), live.diagnostics());
    }

    /** Number of pages listening for reloads. */
    int listening() {
        return events.listening();
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
            serveSiteFile(exchange, path);
        } catch (IOException e) {
            // The browser went away mid-response; nothing to tell anyone.
        }
    }

    private void serveSiteFile(HttpExchange exchange, String path) throws IOException {
        SitePaths.Resolution resolution = SitePaths.resolve(path, live.baseurl(), f -> live.file(f).isPresent());
        if (resolution instanceof SitePaths.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (resolution instanceof SitePaths.Found found) {
            Optional<byte[]> bytes = live.file(found.file());
            if (bytes.isPresent()) {
                String type = ContentTypes.of(found.file());
                send(exchange, 200, type, ContentTypes.isHtml(found.file()) ? withLiveReload(bytes.get()) : bytes.get());
                return;
            }
        }
        byte[] notFound = live.file("404.html").map(this::withLiveReload)
                .orElse(withLiveReload(("<!doctype html><title>Not found</title><h1>Not found</h1><p>"
                        + org.jsoup.nodes.Entities.escape(path) + "</p>").getBytes(StandardCharsets.UTF_8)));
        send(exchange, 404, "text/html; charset=utf-8", notFound);
    }

    /** Adds the reload script (and the error overlay, if any) before {@code </body>}, only in served pages. */
    private byte[] withLiveReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String overlay;
        synchronized (live) {
            overlay = ErrorOverlay.html(live.diagnostics(), live.project());
        }
        String injected = overlay + LIVE_SCRIPT;
        int body = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        html = body < 0 ? html + injected : html.substring(0, body) + injected + html.substring(body);
        return html.getBytes(StandardCharsets.UTF_8);
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
    }
}
