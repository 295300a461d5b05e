package dev.hyde.serve;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The panel the preview server puts over every page while the sources have errors: each
 * diagnostic with its place, the lines of source around it, and the hint. It is added to pages
 * as they are served, never to the built site.
 */
final class ErrorOverlay {
    private static final int CONTEXT_LINES = 2;

    private ErrorOverlay() {
    }

    /** The overlay's HTML, or an empty string when there is no error. */
    static String html(List<Diagnostic> diagnostics, ProjectLayout project) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(2048);
        out.append("<div id=\"hyde-errors\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                .append("overflow:auto;background:rgba(20,20,24,.94);color:#f5f5f5;font:14px/1.5 ui-monospace,monospace;")
                .append("padding:24px\"><h2 style=\"margin:0 0 16px;color:#ff8a80;font:600 18px system-ui,sans-serif\">")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append(" in the sources: showing the last good pages</h2>");
        for (Diagnostic d : errors) {
            out.append("<section style=\"margin:0 0 20px;padding:12px 16px;border-left:4px solid #ff8a80;background:#26262c\">")
                    .append("<div style=\"color:#9ecbff\">").append(escape(d.location())).append("</div>")
                    .append("<div style=\"font-weight:700\">").append(escape(d.title())).append("</div>");
            if (!d.detail().isEmpty()) {
                out.append("<pre style=\"white-space:pre-wrap;margin:6px 0\">").append(escape(d.detail())).append("</pre>");
            }
            excerpt(d, project).ifPresent(text -> out.append(
                    "<pre style=\"margin:6px 0;padding:8px;background:#111;overflow:auto\">").append(escape(text)).append("</pre>"));
            if (!d.hint().isEmpty()) {
                out.append("<div style=\"color:#b9f6ca\">hint: ").append(escape(d.hint())).append("</div>");
            }
            out.append("</section>");
        }
        return out.append("</div>").toString();
    }

    /** The source lines around the diagnostic's line, numbered, the line itself marked. */
    static java.util.Optional<String> excerpt(Diagnostic d, ProjectLayout project) {
        if (d.file().isEmpty() || d.line() <= 0) {
            return java.util.Optional.empty();
        }
        Path file = project.root().resolve(d.file()).normalize();
        if (!file.startsWith(project.root()) || !Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            int from = Math.max(1, d.line() - CONTEXT_LINES);
            int to = Math.min(lines.size(), d.line() + CONTEXT_LINES);
            for (int n = from; n <= to; n++) {
                text.append(n == d.line() ? "> " : "  ").append(String.format("%4d | ", n)).append(lines.get(n - 1)).append('\n');
            }
            return text.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(text.toString());
        } catch (IOException | RuntimeException e) {
            // A file that is not text any more (or vanished): the location alone still helps.
            return java.util.Optional.empty();
        }
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
