package dev.hyde.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * How far the visible text of a page moved, and where it first moved.
 *
 * @param wordsChanged words removed from the reference plus words added; 0 when the text is the same
 * @param places       how many separate regions differ
 * @param first        the first differing region with a few words around it, as in
 *                     {@code git diff --word-diff}: {@code ... the [-old-] {+new+} words ...};
 *                     empty when the text is the same
 */
public record TextDifference(int wordsChanged, int places, String first) {

    public static final TextDifference NONE = new TextDifference(0, 0, "");

    /** Words of unchanged text shown on each side, enough to find the place in the page. */
    static final int CONTEXT = 5;
    /** A long rewrite is cut: the report should point at the place, not reproduce the page. */
    static final int MAX_SHOWN = 12;

    public boolean same() {
        return wordsChanged == 0;
    }

    static TextDifference between(List<String> reference, List<String> ours) {
        List<WordDiff.Change> changes = WordDiff.between(reference, ours);
        if (changes.isEmpty()) {
            return NONE;
        }
        WordDiff.Change c = changes.get(0);
        List<String> shown = new ArrayList<>();
        int from = Math.max(0, c.refFrom() - CONTEXT);
        if (from > 0) {
            shown.add("...");
        }
        shown.addAll(reference.subList(from, c.refFrom()));
        marked(shown, reference.subList(c.refFrom(), c.refTo()), "[-", "-]");
        marked(shown, ours.subList(c.oursFrom(), c.oursTo()), "{+", "+}");
        int to = Math.min(ours.size(), c.oursTo() + CONTEXT);
        shown.addAll(ours.subList(c.oursTo(), to));
        if (to < ours.size()) {
            shown.add("...");
        }
        return new TextDifference(WordDiff.size(changes), changes.size(), String.join(" ", shown));
    }

    private static void marked(List<String> out, List<String> words, String open, String close) {
        if (words.isEmpty()) {
            return;
        }
        String inside = words.size() <= MAX_SHOWN ? String.join(" ", words)
                : String.join(" ", words.subList(0, MAX_SHOWN - 2)) + " ...(" + (words.size() - MAX_SHOWN + 1)
                        + " more words)... " + words.get(words.size() - 1);
        out.add(open + inside + close);
    }
}
