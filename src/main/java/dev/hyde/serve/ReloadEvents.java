package dev.hyde.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-Sent Events to open browsers: one long-lived response per page, and a {@code reload}
 * event to all of them after every rebuild.
 */
final class ReloadEvents {
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    /**
     * Keeps the exchange open as an event stream. The page is listed before its first line is
     * sent, so a client that has read that line will hear of every rebuild from then on.
     */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        synchronized (exchange) {
            listeners.add(exchange);
            OutputStream body = exchange.getResponseBody();
            body.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
        }
    }

    /** Tells every open page that generation {@code generation} of the site is ready. */
    void reload(long generation) {
        byte[] event = ("event: reload\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (HttpExchange exchange : listeners) {
            try {
                synchronized (exchange) {
                    OutputStream body = exchange.getResponseBody();
                    body.write(event);
                    body.flush();
                }
            } catch (IOException e) {
                // The page was closed: forget it.
                listeners.remove(exchange);
                exchange.close();
            }
        }
    }

    void closeAll() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}
