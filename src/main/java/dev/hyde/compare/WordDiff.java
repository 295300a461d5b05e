package dev.hyde.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The places where two word lists differ, found with Myers' algorithm: its cost grows with the
 * number of differences, not with the length of the page, which suits migrated pages (long and
 * nearly equal).
 */
final class WordDiff {

    /**
     * Beyond this many single-word edits the pages have little in common; the rest of the
     * comparison is reported as one changed region instead of paying time and memory
     * quadratic in the edits.
     */
    static final int MAX_EDITS = 1000;

    /** Words {@code [refFrom, refTo)} of the reference were replaced by {@code [oursFrom, oursTo)} of ours. */
    record Change(int refFrom, int refTo, int oursFrom, int oursTo) {
        int size() {
            return (refTo - refFrom) + (oursTo - oursFrom);
        }
    }

    private WordDiff() {
    }

    /** The changed regions in order; empty when the lists are equal. */
    static List<Change> between(List<String> reference, List<String> ours) {
        int n = reference.size();
        int m = ours.size();
        // Most differences are local: trimming the common ends keeps the search small.
        int prefix = 0;
        while (prefix < n && prefix < m && reference.get(prefix).equals(ours.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && reference.get(n - 1 - suffix).equals(ours.get(m - 1 - suffix))) {
            suffix++;
        }
        if (prefix == n && prefix == m) {
            return List.of();
        }
        List<Change> middle = myers(reference.subList(prefix, n - suffix), ours.subList(prefix, m - suffix));
        if (middle == null) {
            return List.of(new Change(prefix, n - suffix, prefix, m - suffix));
        }
        List<Change> changes = new ArrayList<>(middle.size());
        for (Change c : middle) {
            changes.add(new Change(c.refFrom + prefix, c.refTo + prefix, c.oursFrom + prefix, c.oursTo + prefix));
        }
        return changes;
    }

    /** Words removed plus words added. */
    static int size(List<Change> changes) {
        return changes.stream().mapToInt(Change::size).sum();
    }

    /** Null when the lists need more than {@link #MAX_EDITS} edits. */
    private static List<Change> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_EDITS);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        // trace.get(d) holds v[-d..d] as it was before round d: what the backtrack needs
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
            for (int k = -d; k <= d; k += 2) {
                boolean down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
                int x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, n, m, d);
                }
            }
        }
        return null;
    }

    private static List<Change> backtrack(List<int[]> trace, int n, int m, int edits) {
        // single-word edits from the end back to the start: {x, y, 1 for a deletion / 0 for an insertion}
        List<int[]> steps = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = edits; d > 0; d--) {
            int[] before = trace.get(d);
            int k = x - y;
            boolean down = k == -d || (k != d && before[k - 1 + d] < before[k + 1 + d]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = before[prevK + d];
            int prevY = prevX - prevK;
            steps.add(new int[] {prevX, prevY, down ? 0 : 1});
            x = prevX;
            y = prevY;
        }
        List<Change> changes = new ArrayList<>();
        int refFrom = -1;
        int oursFrom = -1;
        int refTo = -1;
        int oursTo = -1;
        for (int i = steps.size() - 1; i >= 0; i--) {
            int[] step = steps.get(i);
            if (step[0] != refTo || step[1] != oursTo) {
                if (refFrom >= 0) {
                    changes.add(new Change(refFrom, refTo, oursFrom, oursTo));
                }
                refFrom = step[0];
                oursFrom = step[1];
            }
            refTo = step[0] + step[2];
            oursTo = step[1] + 1 - step[2];
        }
        if (refFrom >= 0) {
            changes.add(new Change(refFrom, refTo, oursFrom, oursTo));
        }
        return changes;
    }
}
