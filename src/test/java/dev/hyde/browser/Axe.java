package dev.hyde.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs axe-core (a pinned copy of the npm package's axe.min.js, in src/test/resources/axe-core/, as
 * no axe-core webjar is on Maven Central) inside the page and returns its violations.
 */
final class Axe {
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SOURCE = load();

    /** One failed rule: its id, how bad (minor, moderate, serious, critical), and where, each with what failed there. */
    record Violation(String id, String impact, String help, List<String> nodes) {
        /** Its id, impact, help and the selectors of its nodes (the first ten: a rule can fail hundreds). */
        @Override
        public String toString() {
            List<String> shown = nodes.size() > 10 ? nodes.subList(0, 10) : nodes;
            return id + " (" + impact + "): " + help + "\n      at " + String.join("\n      at ", shown)
                    + (nodes.size() > shown.size() ? "\n      ... and " + (nodes.size() - shown.size()) + " more" : "");
        }
    }

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<Violation> run(JavascriptExecutor page) {
        page.executeScript(SOURCE);
        Object result = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')
                            + (n.failureSummary ? ': ' + n.failureSummary.split('\\n').pop().trim() : ''))}))))
                   .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String error) {
            throw new IllegalStateException(error);
        }
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("nodes")))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
