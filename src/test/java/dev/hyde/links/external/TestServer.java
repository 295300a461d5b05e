package dev.hyde.links.external;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server on 127.0.0.1 for the checker's tests: answers by path, and records every
 * request it is sent and how many were in flight at once. Never the internet.
 */
final class TestServer implements AutoCloseable {

    /** One request as the server saw it: when its handling began (System.nanoTime()). */
    record Request(String method, String path, long startNanos, String userAgent) {
    }

    /** How to answer the {@code nth} (1-based) request for a path. */
    interface Route {
        void answer(HttpExchange exchange, int nth) throws IOException;
    }

    /** In-flight counting shared by several servers, for a bound over all hosts. */
    static final class InFlight {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();

        void enter() {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        void leave() {
            now.decrementAndGet();
        }
    }

    private static final String LEAVE = "test.leave";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    final InFlight inFlight = new InFlight();
    private final InFlight shared;

    private TestServer(InFlight shared) throws IOException {
        this.shared = shared;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        // many threads: a handler that never answers must not hold up the others
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static TestServer start() throws IOException {
        return new TestServer(null);
    }

    static TestServer start(InFlight shared) throws IOException {
        return new TestServer(shared);
    }

    TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    TestServer status(String path, int status) {
        return route(path, (exchange, nth) -> respond(exchange, status));
    }

    URI url(String path) {
        return url("127.0.0.1", path);
    }

    URI url(String host, String path) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Blocks a handler until the server closes: a server that never answers. */
    void hang() {
        try {
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void respond(HttpExchange exchange, int status) throws IOException {
        respond(exchange, status, Map.of());
    }

    static void respond(HttpExchange exchange, int status, Map<String, String> headers) throws IOException {
        // no longer in flight once the answer starts: the client may send its next request at once
        ((Runnable) exchange.getAttribute(LEAVE)).run();
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] body = ("<p>" + status + "</p>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        inFlight.enter();
        if (shared != null) {
            shared.enter();
        }
        AtomicBoolean left = new AtomicBoolean();
        Runnable leave = () -> {
            if (left.compareAndSet(false, true)) {
                inFlight.leave();
                if (shared != null) {
                    shared.leave();
                }
            }
        };
        exchange.setAttribute(LEAVE, leave);
        try {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(exchange.getRequestMethod(), path, start,
                    exchange.getRequestHeaders().getFirst("User-Agent")));
            int nth = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Route route = routes.get(path);
            if (route == null) {
                respond(exchange, 404);
            } else {
                route.answer(exchange, nth);
            }
        } finally {
            leave.run();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
