package dev.hyde.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    @Test
    void equalTextsHaveNoChanges() {
        assertEquals(List.of(), WordDiff.between(words("a b c"), words("a b c")));
        assertEquals(List.of(), WordDiff.between(List.of(), List.of()));
    }

    @Test
    void findsSeparateChangesInOrder() {
        List<WordDiff.Change> changes = WordDiff.between(words("a b c d e f g"), words("a x c d e g h"));
        assertEquals(List.of(
                new WordDiff.Change(1, 2, 1, 2),
                new WordDiff.Change(5, 6, 5, 5),
                new WordDiff.Change(7, 7, 6, 7)), changes);
        assertEquals(4, WordDiff.size(changes));
    }

    @Test
    void aMovedParagraphCountsItsWordsOnceEachWay() {
        List<String> reference = words("one two three four five six seven eight");
        List<String> ours = words("five six seven eight one two three four");
        assertEquals(8, WordDiff.size(WordDiff.between(reference, ours)));
    }

    /** Myers' edit count is minimal: it must match the longest common subsequence, computed the slow way. */
    @Test
    void matchesTheLongestCommonSubsequenceAndRebuildsTheOtherText() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<String> a = randomWords(random);
            List<String> b = random.nextBoolean() ? randomWords(random) : mutate(a, random);
            List<WordDiff.Change> changes = WordDiff.between(a, b);
            assertEquals(a.size() + b.size() - 2 * lcs(a, b), WordDiff.size(changes), a + " / " + b);
            assertEquals(b, apply(a, b, changes), a + " / " + b);
        }
    }

    @Test
    void tooManyEditsBecomeOneRegionBetweenTheCommonEnds() {
        List<String> reference = new ArrayList<>(List.of("start"));
        List<String> ours = new ArrayList<>(List.of("start"));
        for (int i = 0; i < WordDiff.MAX_EDITS; i++) {
            reference.add("r" + i);
            ours.add("o" + i);
        }
        reference.add("end");
        ours.add("end");
        List<WordDiff.Change> changes = WordDiff.between(reference, ours);
        assertEquals(List.of(new WordDiff.Change(1, 1 + WordDiff.MAX_EDITS, 1, 1 + WordDiff.MAX_EDITS)), changes);
    }

    @Test
    void longPagesWithFewChangesAreFast() {
        List<String> reference = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            reference.add("w" + (i % 977));
        }
        List<String> ours = new ArrayList<>(reference);
        ours.set(10, "changed");
        ours.set(199_990, "changed");
        // CPU time of this thread, not wall time: what the diff costs, whatever else the machine runs.
        // A diff quadratic in the page's length would take minutes here.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        List<WordDiff.Change> changes = WordDiff.between(reference, ours);
        assertEquals(4, WordDiff.size(changes));
        assertTrue(threads.getCurrentThreadCpuTime() - start < 2_000_000_000L, "took too long");
    }

    private static List<String> randomWords(Random random) {
        List<String> words = new ArrayList<>();
        int n = random.nextInt(15);
        for (int i = 0; i < n; i++) {
            words.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return words;
    }

    private static List<String> mutate(List<String> a, Random random) {
        List<String> b = new ArrayList<>(a);
        int edits = random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.size());
            switch (random.nextInt(3)) {
                case 0 -> b.add(at, "x");
                case 1 -> {
                    if (!b.isEmpty()) {
                        b.remove(at);
                    }
                }
                default -> {
                    if (!b.isEmpty()) {
                        Collections.swap(b, at, b.size() - 1 - at);
                    }
                }
            }
        }
        return b;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        return len[0][0];
    }

    /** Rebuilds {@code b} from {@code a}: unchanged words of a, and b's words where a change says so. */
    private static List<String> apply(List<String> a, List<String> b, List<WordDiff.Change> changes) {
        List<String> out = new ArrayList<>();
        int at = 0;
        int previousOursTo = 0;
        for (WordDiff.Change c : changes) {
            assertTrue(c.refFrom() >= at && c.size() > 0, "changes are in order and not empty: " + changes);
            // between changes both texts advance together
            assertEquals(c.refFrom() - at, c.oursFrom() - previousOursTo, "aligned: " + changes);
            out.addAll(a.subList(at, c.refFrom()));
            out.addAll(b.subList(c.oursFrom(), c.oursTo()));
            at = c.refTo();
            previousOursTo = c.oursTo();
        }
        out.addAll(a.subList(at, a.size()));
        return out;
    }
}
