package dev.hyde.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server-Sent Events to open browsers: one long-lived response per page, and a {@code reload}
 * event to all of them after every rebuild.
 *
 * <p>Each page is written to by a thread of its own, which sends the newest generation whenever
 * it changes. A page that stops reading (a stalled tab, a suspended laptop) blocks only its own
 * thread; {@link #reload} never waits for a client, so the rebuild that calls it never does, and
 * generations that pass while a page is stalled are folded into the newest.
 */
final class ReloadEvents {
    /** Open pages at most; more are turned away, so a runaway client cannot start threads without end. */
    static final int MAX_LISTENERS = 64;

    private final Object lock = new Object();
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger threads = new AtomicInteger();
    private long generation = -1;
    private boolean closed;

    /**
     * Keeps the exchange open as an event stream. The generation current when the page arrives
     * is taken before its first line is sent, so a client that has read that line will hear of
     * every rebuild from then on.
     */
    void subscribe(HttpExchange exchange) throws IOException {
        long seen;
        synchronized (lock) {
            if (closed || listeners.size() >= MAX_LISTENERS) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            listeners.add(exchange);
            seen = generation;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        try {
            body.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
        } catch (IOException e) {
            forget(exchange);
            return;
        }
        Thread writer = new Thread(() -> send(exchange, seen), "hyde-reload-" + threads.incrementAndGet());
        writer.setDaemon(true);
        writer.start();
    }

    /** Tells every open page that generation {@code generation} of the site is ready; returns at once. */
    void reload(long generation) {
        synchronized (lock) {
            this.generation = Math.max(this.generation, generation);
            lock.notifyAll();
        }
    }

    /** How many pages are listening. */
    int listeners() {
        return listeners.size();
    }

    /** A page's thread: waits for a newer generation, sends it, until the page or the server goes. */
    private void send(HttpExchange exchange, long seen) {
        long sent = seen;
        while (true) {
            long next;
            synchronized (lock) {
                while (!closed && generation == sent) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        forget(exchange);
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                next = generation;
            }
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(("event: reload\ndata: " + next + "\n\n").getBytes(StandardCharsets.UTF_8));
                body.flush();
                sent = next;
            } catch (IOException e) {
                // The page was closed: forget it.
                forget(exchange);
                return;
            }
        }
    }

    private void forget(HttpExchange exchange) {
        listeners.remove(exchange);
        exchange.close();
    }

    void closeAll() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}
