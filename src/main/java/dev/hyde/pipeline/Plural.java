package dev.hyde.pipeline;

/** Counts in messages: "1 page", "2 pages", "0 pages". */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code word}, with an "s" unless {@code n} is 1. */
    public static String of(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
