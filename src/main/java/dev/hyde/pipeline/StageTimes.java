package dev.hyde.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent per stage, wall and CPU, summed over all pages and threads (so with parallel
 * rendering the sum can exceed the wall time). Recording is thread-safe.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_MEASURED = THREADS.isCurrentThreadCpuTimeSupported();

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> cpuNanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
            cpuNanos.put(stage, new LongAdder());
        }
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        long cpuStart = CPU_MEASURED ? THREADS.getCurrentThreadCpuTime() : 0;
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - start);
            if (CPU_MEASURED) {
                cpuNanos.get(stage).add(THREADS.getCurrentThreadCpuTime() - cpuStart);
            }
        }
    }

    public void time(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** A read-only snapshot. */
    public Map<Stage, StageTime> snapshot() {
        Map<Stage, StageTime> copy = new EnumMap<>(Stage.class);
        nanos.forEach((stage, adder) -> copy.put(stage,
                new StageTime(Duration.ofNanos(adder.sum()), Duration.ofNanos(cpuNanos.get(stage).sum()))));
        return Map.copyOf(copy);
    }
}
