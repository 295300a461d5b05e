package dev.hyde.fuzz;

import java.nio.charset.StandardCharsets;

/** Turns a fuzzer's bytes into page text, bounded so every input is small work. */
final class FuzzInput {
    /** Larger inputs are cut: the fuzz targets look for wrong handling, not for slow big pages. */
    static final int MAX_BYTES = 16 * 1024;

    /**
     * How long one fuzz session runs with {@code JAZZER_FUZZ=1}. Regression runs (the normal test
     * suite) replay the stored inputs only and ignore it.
     */
    static final String SESSION = "10m";

    /**
     * Seconds one input may take before it counts as a hang. Jazzer passes it to the fuzzer as
     * its per-input timeout; in regression runs JUnit enforces it per stored input. While fuzzing,
     * JUnit's own enforcement must be switched off
     * ({@code -Djunit.jupiter.execution.timeout.mode=disabled}), or it fails the whole session,
     * which lasts longer than one input may.
     */
    static final long SECONDS_PER_INPUT = 30;

    private FuzzInput() {
    }

    /** Decodes as UTF-8 (malformed bytes become U+FFFD, as when Hyde reads a file). */
    static String text(byte[] data) {
        int length = Math.min(data.length, MAX_BYTES);
        return new String(data, 0, length, StandardCharsets.UTF_8);
    }
}
