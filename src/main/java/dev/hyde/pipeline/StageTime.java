package dev.hyde.pipeline;

import java.time.Duration;

/**
 * Time one stage took, summed over pages and threads.
 *
 * @param wall elapsed time while the stage ran (waits for locks and disks included)
 * @param cpu  CPU time the stage's threads used, zero where the JVM cannot measure it
 */
public record StageTime(Duration wall, Duration cpu) {
}
