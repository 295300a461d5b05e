import dev.hyde.serve.PreviewServer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Edit-to-reload latency of the preview server: the time from writing a source file to the
 * reload event reaching an open page, for a page edit and an include edit.
 *
 * <pre>java -cp target/hyde-VERSION-cli.jar bench/ReloadLatency.java PROJECT [RUNS] [FILE...]</pre>
 *
 * The project is edited in place and put back at the end: each FILE given (relative to the
 * project; an HTML comment is added to it), or else, in a Hyde project, one page and
 * templates/_includes/note.html. A Jekyll site works too, with the files to edit named.
 */
public class ReloadLatency {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long start = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(project, false, "127.0.0.1", 0, rebuild -> { })) {
            System.out.printf("initial build in memory: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            BlockingQueue<Long> events = listen(server);
            if (args.length > 2) {
                for (int i = 2; i < args.length; i++) {
                    measure("edit of " + args[i], project.resolve(args[i]), runs, events);
                }
                return;
            }
            Path page;
            try (var files = Files.walk(project.resolve("content"))) {
                page = files.filter(p -> p.toString().endsWith(".md")).sorted().skip(1).findFirst().orElseThrow();
            }
            Path include = project.resolve("templates/_includes/note.html");
            measure("page edit", page, runs, events);
            if (Files.exists(include)) {
                measure("include edit (used by every page)", include, Math.max(3, runs / 4), events);
            }
        }
    }

    private static void measure(String what, Path file, int runs, BlockingQueue<Long> events) throws Exception {
        String original = Files.readString(file);
        List<Long> micros = new ArrayList<>();
        try {
            for (int i = 0; i < runs + 2; i++) {
                events.clear();
                String edited = original + "\n<!-- edit " + i + " -->\n";
                long written = System.nanoTime();
                Files.writeString(file, edited);
                Long arrived = events.poll(120, TimeUnit.SECONDS);
                if (arrived == null) {
                    throw new IllegalStateException("no reload event for " + file);
                }
                if (i >= 2) { // the first two warm the JIT up
                    micros.add((arrived - written) / 1000);
                }
                Thread.sleep(100);
            }
        } finally {
            Files.writeString(file, original);
        }
        Collections.sort(micros);
        System.out.printf("%s: median %.1f ms, min %.1f ms, max %.1f ms over %d edits%n", what,
                micros.get(micros.size() / 2) / 1000.0, micros.get(0) / 1000.0, micros.get(micros.size() - 1) / 1000.0,
                micros.size());
        Thread.sleep(500);
        events.clear();
    }

    /** An open page's event stream; queues the arrival time of each reload event. */
    private static BlockingQueue<Long> listen(PreviewServer server) throws Exception {
        BlockingQueue<Long> events = new LinkedBlockingQueue<>();
        HttpURLConnection c = (HttpURLConnection) server.address().resolve("/_hyde/events").toURL().openConnection();
        BufferedReader reader = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.equals("event: reload")) {
                        events.add(System.nanoTime());
                    }
                }
            } catch (Exception e) {
                // the server stopped
            }
        });
        thread.setDaemon(true);
        thread.start();
        Thread.sleep(300);
        return events;
    }
}
