package dev.hyde.serve;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A page that stops reading its event stream holds up neither rebuilds nor the other pages. */
class ReloadEventsTest {
    private final ReloadEvents events = new ReloadEvents();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/events", events::subscribe);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        events.closeAll();
        server.stop(0);
    }

    @Test
    void aStalledPageDoesNotBlockReloadsAndTheOthersGetTheNewestGeneration() throws Exception {
        try (Socket stalled = open(); Socket reading = open()) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(reading.getInputStream(), StandardCharsets.UTF_8));
            skipHeadersAndRetry(lines);
            skipHeadersAndRetry(new BufferedReader(new InputStreamReader(stalled.getInputStream(), StandardCharsets.UTF_8)));
            // Far more than socket buffers hold: a writer on the caller's thread would block here.
            long last = 300_000;
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                for (long generation = 1; generation <= last; generation++) {
                    events.reload(generation);
                }
            }, "reload() waited for a page that does not read");
            assertEquals(last, newestGeneration(lines, last));
        }
    }

    @Test
    void pagesBeyondTheLimitAreTurnedAway() throws Exception {
        java.util.List<Socket> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < ReloadEvents.MAX_LISTENERS; i++) {
                Socket socket = open();
                open.add(socket);
                skipHeadersAndRetry(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)));
            }
            try (Socket extra = open()) {
                String status = new BufferedReader(new InputStreamReader(extra.getInputStream(), StandardCharsets.UTF_8)).readLine();
                assertEquals("HTTP/1.1 503 Service Unavailable", status);
            }
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(server.getAddress());
        OutputStream out = socket.getOutputStream();
        out.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads up to the stream's first line, "retry: 500": from then on the page is listening. */
    private static void skipHeadersAndRetry(BufferedReader lines) throws IOException {
        String line;
        do {
            line = lines.readLine();
        } while (line != null && !line.contains("retry: 500"));
    }

    /** Reads events until one names {@code wanted}; returns the last generation read. */
    private static long newestGeneration(BufferedReader lines, long wanted) throws IOException {
        long seen = -1;
        String line;
        while (seen < wanted && (line = lines.readLine()) != null) {
            int data = line.indexOf("data: ");
            if (data >= 0) {
                seen = Long.parseLong(line.substring(data + 6).strip());
            }
        }
        return seen;
    }
}
