package dev.hyde.links;

import dev.hyde.diag.Diagnostic;

import java.util.List;
import java.util.Locale;

/**
 * What {@code hyde check} found in a built site's folder.
 *
 * @param site     the folder as the user named it
 * @param files    files found in it (symbolic links that leave it included, unread)
 * @param pages    HTML pages scanned
 * @param links    links checked: internal ones always, external ones only when they were requested
 * @param external external links checked (each place counted), 0 when they were not requested
 * @param problems every problem, by file, line and column
 */
public record FolderCheckResult(String site, int files, int pages, int links, int external,
                                List<LinkProblem> problems) {

    public FolderCheckResult {
        problems = List.copyOf(problems);
    }

    public List<Diagnostic> diagnostics() {
        return problems.stream().map(LinkProblem::diagnostic).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.diagnostic().isError());
    }

    /** {@code Checked 96 pages, 1,234 links (56 external): 5 broken links, 1 warning.} */
    public String summary() {
        StringBuilder out = new StringBuilder("Checked ").append(count(pages, "page")).append(", ")
                .append(count(links, "link"));
        if (external > 0) {
            out.append(" (").append(number(external)).append(" external)");
        }
        long broken = problems.stream().filter(p -> p.problem().brokenLink()).count();
        long otherErrors = problems.stream().filter(p -> !p.problem().brokenLink() && p.diagnostic().isError()).count();
        long warnings = problems.stream().filter(p -> !p.diagnostic().isError()).count();
        List<String> parts = new java.util.ArrayList<>();
        if (broken > 0) {
            parts.add(number(broken) + " broken");
        }
        if (otherErrors > 0) {
            parts.add(count(otherErrors, broken > 0 ? "other error" : "error"));
        }
        if (warnings > 0) {
            parts.add(count(warnings, "warning"));
        }
        out.append(": ").append(parts.isEmpty() ? "no broken links" : String.join(", ", parts)).append('.');
        return out.toString();
    }

    private static String count(long n, String word) {
        return number(n) + " " + word + (n == 1 ? "" : "s");
    }

    private static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
