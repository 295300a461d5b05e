package dev.hyde.links.external;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How external links are checked.
 *
 * @param concurrency     most requests in flight at once, over all hosts
 * @param timeout         for one request: connecting and receiving the response headers
 * @param retries         further attempts after a timeout, a connection error, a 5xx or a 429
 * @param perHostInterval least time between the starts of two requests to the same host (and
 *                        there is never more than one request to a host in flight)
 * @param cacheFile       where successes are remembered between runs; empty for no cache
 * @param cacheMaxAge     how long a remembered success is trusted
 */
public record ExternalCheckOptions(int concurrency, Duration timeout, int retries, Duration perHostInterval,
                                   Optional<Path> cacheFile, Duration cacheMaxAge) {

    public ExternalCheckOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(perHostInterval, "perHostInterval");
        Objects.requireNonNull(cacheFile, "cacheFile");
        Objects.requireNonNull(cacheMaxAge, "cacheMaxAge");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
        if (perHostInterval.isNegative()) {
            throw new IllegalArgumentException("perHostInterval must not be negative: " + perHostInterval);
        }
        if (cacheMaxAge.isNegative()) {
            throw new IllegalArgumentException("cacheMaxAge must not be negative: " + cacheMaxAge);
        }
    }

    /** Concurrency 8, 10 s a request, 1 retry, 250 ms between requests to a host, no cache file, successes cached 24 h. */
    public static ExternalCheckOptions defaults() {
        return new ExternalCheckOptions(8, Duration.ofSeconds(10), 1, Duration.ofMillis(250),
                Optional.empty(), Duration.ofHours(24));
    }

    public ExternalCheckOptions withConcurrency(int concurrency) {
        return new ExternalCheckOptions(concurrency, timeout, retries, perHostInterval, cacheFile, cacheMaxAge);
    }

    public ExternalCheckOptions withTimeout(Duration timeout) {
        return new ExternalCheckOptions(concurrency, timeout, retries, perHostInterval, cacheFile, cacheMaxAge);
    }

    public ExternalCheckOptions withRetries(int retries) {
        return new ExternalCheckOptions(concurrency, timeout, retries, perHostInterval, cacheFile, cacheMaxAge);
    }

    public ExternalCheckOptions withPerHostInterval(Duration perHostInterval) {
        return new ExternalCheckOptions(concurrency, timeout, retries, perHostInterval, cacheFile, cacheMaxAge);
    }

    public ExternalCheckOptions withCacheFile(Path cacheFile) {
        return new ExternalCheckOptions(concurrency, timeout, retries, perHostInterval,
                Optional.of(cacheFile), cacheMaxAge);
    }

    public ExternalCheckOptions withoutCacheFile() {
        return new ExternalCheckOptions(concurrency, timeout, retries, perHostInterval, Optional.empty(), cacheMaxAge);
    }

    public ExternalCheckOptions withCacheMaxAge(Duration cacheMaxAge) {
        return new ExternalCheckOptions(concurrency, timeout, retries, perHostInterval, cacheFile, cacheMaxAge);
    }
}
