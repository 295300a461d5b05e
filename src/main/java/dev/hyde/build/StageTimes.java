package dev.hyde.build;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent per stage, summed over all pages and threads (so with parallel rendering the sum
 * can exceed the wall time). Recording is thread-safe.
 */
public final class StageTimes {
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - start);
        }
    }

    public void time(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** A read-only snapshot. */
    public Map<Stage, Duration> snapshot() {
        Map<Stage, Duration> copy = new EnumMap<>(Stage.class);
        nanos.forEach((stage, adder) -> copy.put(stage, Duration.ofNanos(adder.sum())));
        return Map.copyOf(copy);
    }
}
