package dev.hyde.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small built sites for the comparison tests. */
final class Sites {
    private Sites() {
    }

    /** {@code files} alternates paths and contents: {@code "index.html", "<html>..."}. */
    static Path write(Path root, String... files) {
        try {
            Files.createDirectories(root);
            for (int i = 0; i < files.length; i += 2) {
                Path file = root.resolve(files[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, files[i + 1], StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole page, as a generator writes it. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/site.css\"></head>\n<body>\n" + body + "\n</body></html>\n";
    }

    static final String GUIDE_BODY = """
            <nav><a href="/">Home</a> <a href="/docs/">Docs</a></nav>
            <h1 id="troubleshooting">Troubleshooting</h1>
            <p>Envoy won't connect to my HTTP/1.0 service. Envoy requires HTTP/1.1 or HTTP/2 traffic
            for upstream services.</p>
            <h2 id="route-rules">Route rules have no effect</h2>
            <p>With the current <a href="/docs/setup/">setup</a>, route rules apply to every
            <a href="/docs/reference/">service</a> in the mesh.</p>
            """;
}
