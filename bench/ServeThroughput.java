import dev.hyde.serve.PreviewServer;
import dev.hyde.serve.Rebuild;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Preview server speed: requests per second for CLIENTS clients on kept-alive connections, and
 * how long a page request takes while the whole site is being rebuilt.
 *
 * <pre>java -cp target/hyde-VERSION-cli.jar bench/ServeThroughput.java HYDE_PROJECT [CLIENTS] [SECONDS] [REBUILDS]</pre>
 *
 * Defaults: 16 clients, 5 seconds, 3 full rebuilds. Each client keeps one HTTP/1.1 connection
 * and asks for pages of the site in turn. The rebuilds are asked for as a change of _config.yml
 * would (nothing on disk is changed); meanwhile one client asks for a page over and over and
 * every answer's latency is recorded. Bounded: it stops by itself, and talks to 127.0.0.1 only.
 */
public class ServeThroughput {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rebuilds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.printf("sun.net.httpserver.nodelay=%s%n", System.getProperty("sun.net.httpserver.nodelay", "(unset)"));
        long start = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(project, false, "127.0.0.1", 0, rebuild -> { })) {
            System.out.printf("initial build in memory: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            URI address = server.address();
            List<String> paths = pages(project, address.getPath(), 200);
            throughput(address, paths, clients, 1); // warm-up
            double perSecond = throughput(address, paths, clients, seconds);
            System.out.printf("%d keep-alive clients, %d s: %.0f requests/s%n", clients, seconds, perSecond);
            duringRebuild(server, project, address, paths.get(paths.size() / 2), rebuilds);
        }
    }

    /** Site paths of up to {@code max} pages, from the content folder. */
    private static List<String> pages(Path project, String base, int max) throws IOException {
        Path content = project.resolve("content");
        List<String> paths = new ArrayList<>();
        try (var files = Files.walk(content)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().limit(max).toList()) {
                String rel = content.relativize(file).toString().replace('\\', '/');
                rel = rel.substring(0, rel.length() - 3);
                if (rel.equals("index")) {
                    rel = "";
                } else if (rel.endsWith("/index")) {
                    rel = rel.substring(0, rel.length() - "index".length());
                } else {
                    rel = rel + "/";
                }
                paths.add(base + rel);
            }
        }
        return paths;
    }

    private static double throughput(URI address, List<String> paths, int clients, int seconds) throws Exception {
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                try (Client client = new Client(address)) {
                    ready.countDown();
                    for (int i = first; !stop.get(); i++) {
                        client.get(paths.get(i % paths.size()));
                        done.increment();
                    }
                } catch (Exception e) {
                    failures.add(e);
                    ready.countDown();
                }
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        long before = done.sum();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long count = done.sum() - before;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a client failed", failures.get(0));
        }
        return count / elapsed;
    }

    private static void duringRebuild(PreviewServer server, Path project, URI address, String path, int rebuilds)
            throws Exception {
        try (Client client = new Client(address)) {
            for (int r = 0; r < rebuilds; r++) {
                AtomicBoolean running = new AtomicBoolean(true);
                long[] took = new long[1];
                Thread rebuild = new Thread(() -> {
                    long t0 = System.nanoTime();
                    server.rebuild(Set.of(project.resolve("_config.yml")));
                    took[0] = System.nanoTime() - t0;
                    running.set(false);
                });
                List<Long> micros = new ArrayList<>();
                rebuild.start();
                while (running.get()) {
                    long t0 = System.nanoTime();
                    int status = client.get(path);
                    long t1 = System.nanoTime();
                    if (status != 200) {
                        throw new IllegalStateException(path + " answered " + status);
                    }
                    if (running.get()) {
                        micros.add((t1 - t0) / 1000);
                    }
                }
                rebuild.join();
                Collections.sort(micros);
                if (micros.isEmpty()) {
                    System.out.printf("full rebuild %d: %d ms, no request finished during it%n", r + 1, took[0] / 1_000_000);
                    continue;
                }
                System.out.printf("full rebuild %d: %d ms; %d requests during it: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                        r + 1, took[0] / 1_000_000, micros.size(), micros.get(micros.size() / 2) / 1000.0,
                        micros.get(Math.min(micros.size() - 1, (int) (micros.size() * 0.99))) / 1000.0,
                        micros.get(micros.size() - 1) / 1000.0);
            }
        }
    }

    /** One kept-alive HTTP/1.1 connection. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final String host;

        Client(URI address) throws IOException {
            socket = new Socket(address.getHost(), address.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            host = address.getHost() + ":" + address.getPort();
        }

        /** Sends one request and reads the whole answer; returns its status. */
        int get(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = readHead();
            int status = Integer.parseInt(head.substring(9, 12));
            long length = 0;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Long.parseLong(line.substring(15).trim());
                }
            }
            in.skipNBytes(length);
            return status;
        }

        private String readHead() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream(256);
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                head.write(b);
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return head.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
