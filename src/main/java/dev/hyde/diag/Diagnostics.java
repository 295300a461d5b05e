package dev.hyde.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects every diagnostic of one build. Pages are rendered in parallel, so adding is
 * thread-safe; reading returns a stable order (by file, then line) so reports are reproducible.
 * A problem in a shared file (a broken layout) is met by every page that uses it; it is
 * reported once.
 */
public final class Diagnostics {
    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.severity())
            .thenComparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::title)
            // two problems met at one place (a stylesheet's deprecations) in the same order every
            // time: the set's own order follows hash codes that differ from run to run
            .thenComparing(Diagnostic::detail)
            .thenComparing(Diagnostic::hint);

    private final Set<Diagnostic> all = ConcurrentHashMap.newKeySet();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic, errors first, each group by file and line. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(all);
        list.sort(ORDER);
        return List.copyOf(list);
    }
}
