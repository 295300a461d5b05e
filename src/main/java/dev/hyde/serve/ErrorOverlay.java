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
 * The panel the preview server puts over every page while the sources have errors (or, smaller
 * and in a corner, while the pages an edit touched have broken links): each diagnostic with its
 * place, the lines of source around it, and the hint. It is added to pages as they are served,
 * never to the built site.
 */
final class ErrorOverlay {
    private static final int CONTEXT_LINES = 2;

    private ErrorOverlay() {
    }

    /**
     * The overlay's styles. They live in the overlay's shadow root, so the page's rules cannot
     * reach its parts, and {@code all: initial} on the host stops the page's inherited colours
     * and fonts at its edge (the host's rules are all {@code !important}, the only way they win
     * over the page's rules for the host element). Light or dark follows the reader's system setting.
     */
    private static final String STYLE = """
            :host{all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;\
            display:block!important;overflow:auto!important;\
            --bg:rgba(250,250,252,.97);--fg:#1b1b1f;--panel:#ffffff;--line:#d0d0d7;--code-bg:#f3f3f6;--code-fg:#1b1b1f;\
            --title:#b3261e;--place:#0b57d0;--hint:#1e6b35}
            @media (prefers-color-scheme:dark){:host{\
            --bg:rgba(18,18,22,.96);--fg:#f1f1f4;--panel:#26262c;--line:#3c3c46;--code-bg:#0c0c0f;--code-fg:#f1f1f4;\
            --title:#ff8a80;--place:#9ecbff;--hint:#b9f6ca}}
            .box{display:block;box-sizing:border-box;min-height:100%;padding:24px;text-align:left;\
            background:var(--bg);color:var(--fg);font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            h2{margin:0 0 16px;color:var(--title);font:600 18px/1.3 system-ui,sans-serif}
            section{margin:0 0 20px;padding:12px 16px;border:1px solid var(--line);border-left:4px solid var(--title);\
            background:var(--panel);color:var(--fg)}
            .place{color:var(--place)}
            .title{font-weight:700}
            pre{margin:6px 0;white-space:pre-wrap;font:inherit;color:var(--fg)}
            pre.excerpt{padding:8px;overflow:auto;white-space:pre;background:var(--code-bg);color:var(--code-fg);\
            border:1px solid var(--line)}
            .hint{color:var(--hint)}
            """;

    /**
     * The warnings panel's styles: a small panel in the corner that leaves the page usable, folded
     * with its summary line (a {@code details} element, so no script is needed).
     */
    private static final String WARNING_STYLE = """
            :host{all:initial!important;position:fixed!important;right:12px!important;bottom:12px!important;            z-index:2147483647!important;display:block!important;max-width:min(640px,calc(100vw - 24px))!important;            --bg:rgba(255,251,235,.98);--fg:#1b1b1f;--panel:#ffffff;--line:#e5c36b;--code-bg:#f3f3f6;--code-fg:#1b1b1f;            --title:#8a5300;--place:#0b57d0;--hint:#1e6b35}
            @media (prefers-color-scheme:dark){:host{            --bg:rgba(40,34,18,.97);--fg:#f1f1f4;--panel:#26262c;--line:#7a6420;--code-bg:#0c0c0f;--code-fg:#f1f1f4;            --title:#ffd27a;--place:#9ecbff;--hint:#b9f6ca}}
            details{display:block;box-sizing:border-box;max-height:45vh;overflow:auto;padding:8px 12px;text-align:left;            background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:6px;            box-shadow:0 4px 16px rgba(0,0,0,.2);font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            summary{cursor:pointer;color:var(--title);font:600 14px/1.4 system-ui,sans-serif}
            section{margin:8px 0 0;padding:8px 10px;border-left:3px solid var(--title);background:var(--panel);color:var(--fg)}
            .place{color:var(--place)}
            .title{font-weight:700}
            pre{margin:4px 0;white-space:pre-wrap;font:inherit;color:var(--fg)}
            pre.excerpt{padding:6px;overflow:auto;white-space:pre;background:var(--code-bg);color:var(--code-fg)}
            .hint{color:var(--hint)}
            """;

    /**
     * What the preview server adds to every page: the error overlay when the sources have errors
     * (it covers the page, which is the last good one), otherwise a warnings panel when the pages
     * the last edit touched have broken links; empty when there is neither.
     */
    static String html(List<Diagnostic> diagnostics, List<Diagnostic> warnings, ProjectLayout project) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            return errors(errors, project);
        }
        return warnings.isEmpty() ? "" : warnings(warnings, project);
    }

    /**
     * The error overlay: a {@code hyde-error-overlay} element whose content sits in a declarative
     * shadow root (live.js attaches it in browsers that do not read declarative shadow roots).
     */
    private static String errors(List<Diagnostic> errors, ProjectLayout project) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<hyde-error-overlay id=\"hyde-errors\" role=\"alert\">")
                .append("<template shadowrootmode=\"open\"><style>").append(STYLE).append("</style>")
                .append("<div class=\"box\"><h2>")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append(" in the sources: showing the last good pages</h2>");
        for (Diagnostic d : errors) {
            section(out, d, project);
        }
        return out.append("</div></template></hyde-error-overlay>").toString();
    }

    /** The warnings panel, in the same element and shadow root as the error overlay. */
    private static String warnings(List<Diagnostic> warnings, ProjectLayout project) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<hyde-error-overlay id=\"hyde-errors\" class=\"warnings\" role=\"status\">")
                .append("<template shadowrootmode=\"open\"><style>").append(WARNING_STYLE).append("</style>")
                .append("<details open><summary>")
                .append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings")
                .append(" in the pages just rebuilt</summary>");
        for (Diagnostic d : warnings) {
            section(out, d, project);
        }
        return out.append("</details></template></hyde-error-overlay>").toString();
    }

    private static void section(StringBuilder out, Diagnostic d, ProjectLayout project) {
        out.append("<section>")
                .append("<div class=\"place\">").append(escape(d.location())).append("</div>")
                .append("<div class=\"title\">").append(escape(d.title())).append("</div>");
        if (!d.detail().isEmpty()) {
            out.append("<pre class=\"detail\">").append(escape(d.detail())).append("</pre>");
        }
        excerpt(d, project).ifPresent(text -> out.append(
                "<pre class=\"excerpt\">").append(escape(text)).append("</pre>"));
        if (!d.hint().isEmpty()) {
            out.append("<div class=\"hint\">hint: ").append(escape(d.hint())).append("</div>");
        }
        out.append("</section>");
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
