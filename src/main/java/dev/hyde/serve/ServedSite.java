package dev.hyde.serve;

import dev.hyde.diag.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One good state of the site as the preview server answers requests from it: its files, its
 * problems and the overlay showing them, frozen when a rebuild ends. Requests read the current
 * one without any lock, so a long rebuild never holds a page up: until it ends, the previous
 * state is served whole.
 */
final class ServedSite {
    static final String LIVE_SCRIPT = "<script src=\"/_hyde/live.js\"></script>";

    private final Map<String, byte[]> files;
    private final String baseurl;
    private final long generation;
    private final List<Diagnostic> diagnostics;
    private final String injected;
    /** Served pages with the reload script (and overlay) added, made on first request. */
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();

    /**
     * @param files   every file of the site; the byte arrays are never changed by anyone
     * @param overlay the error overlay's HTML, empty when there is no error
     */
    ServedSite(Map<String, byte[]> files, String baseurl, long generation, List<Diagnostic> diagnostics, String overlay) {
        this.files = Map.copyOf(files);
        this.baseurl = baseurl;
        this.generation = generation;
        this.diagnostics = List.copyOf(diagnostics);
        this.injected = overlay + LIVE_SCRIPT;
    }

    String baseurl() {
        return baseurl;
    }

    long generation() {
        return generation;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    boolean exists(String file) {
        return files.containsKey(file);
    }

    /** The file as stored, without anything added. */
    Optional<byte[]> file(String file) {
        return Optional.ofNullable(files.get(file));
    }

    /** An HTML file of the site as served: with the reload script and the overlay. */
    Optional<byte[]> page(String file) {
        byte[] bytes = files.get(file);
        return bytes == null ? Optional.empty() : Optional.of(served.computeIfAbsent(file, f -> withLiveReload(bytes)));
    }

    /** Adds the reload script (and the error overlay, if any) before {@code </body>}, only in served pages. */
    byte[] withLiveReload(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        html = body < 0 ? html + injected : html.substring(0, body) + injected + html.substring(body);
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
