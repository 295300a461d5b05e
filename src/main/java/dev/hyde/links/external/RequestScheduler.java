package dev.hyde.links.external;

import dev.hyde.links.external.ExternalResult.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ObjLongConsumer;

/**
 * Sends the requests, politely: at most {@code concurrency} in flight over all hosts, one at a time
 * to each host, and {@code perHostInterval} between the starts of two requests to a host. One
 * loop on the caller's thread starts requests when their host and a slot are free; the client's
 * threads only report back. A retry goes to the front of its host's queue and delays the whole
 * host: a server that answers 5xx or 429 is asking everyone to slow down, not one URL.
 */
final class RequestScheduler {
    /** The wait before the first retry; doubled for each further one. */
    static final Duration BACKOFF = Duration.ofMillis(250);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** A server may ask for a long Retry-After; a link check does not wait longer than this. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    /** Answers to HEAD that often mean "this server does not do HEAD", not "this page is broken". */
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 406, 501);
    /** The statuses the client follows. */
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final ExternalCheckOptions options;
    private final Clock clock;
    private final String userAgent;
    /** Told of each request as it is sent, with the scheduler's time for it (nanoseconds). */
    private final ObjLongConsumer<URI> started;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Map<URI, ExternalResult> results = new HashMap<>();
    private int inFlight;
    private int unresolved;

    RequestScheduler(ExternalCheckOptions options, Clock clock, String userAgent) {
        this(options, clock, userAgent, (url, nanos) -> {
        });
    }

    RequestScheduler(ExternalCheckOptions options, Clock clock, String userAgent, ObjLongConsumer<URI> started) {
        this.options = options;
        this.clock = clock;
        this.userAgent = userAgent;
        this.started = started;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.timeout())
                // one request at a time per host: HTTP/2's many streams would buy nothing, and
                // plain-http h2c upgrades upset some servers
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * @param urls distinct http or https URLs with a host and no fragment
     * @return a result for each
     */
    Map<URI, ExternalResult> run(Collection<URI> urls) {
        lock.lock();
        try {
            return runLocked(urls);
        } finally {
            lock.unlock();
        }
    }

    private Map<URI, ExternalResult> runLocked(Collection<URI> urls) {
        try {
            for (URI url : urls) {
                hosts.computeIfAbsent(hostKey(url), k -> new Host()).queue.add(new Job(url));
                unresolved++;
            }
            while (unresolved > 0) {
                long wait = startWhatCan();
                if (unresolved == 0) {
                    break;
                }
                if (wait == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (URI url : urls) {
                results.putIfAbsent(url, new ExternalResult(url, Outcome.UNREACHABLE, 0,
                        "not checked: the check was interrupted", false));
            }
        }
        return Map.copyOf(results);
    }

    /** Starts every request that may start now; gives how long until the next may (nanoseconds). */
    private long startWhatCan() {
        long now = System.nanoTime();
        long wait = Long.MAX_VALUE;
        for (Host host : hosts.values()) {
            if (inFlight >= options.concurrency()) {
                break;
            }
            if (host.busy || host.queue.isEmpty()) {
                continue;
            }
            long until = host.nextStart - now;
            if (until > 0) {
                wait = Math.min(wait, until);
                continue;
            }
            start(host, host.queue.poll(), now);
        }
        return wait;
    }

    private void start(Host host, Job job, long now) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(job.url)
                    .method(job.get ? "GET" : "HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(options.timeout())
                    .header("User-Agent", userAgent)
                    .build();
        } catch (IllegalArgumentException e) {
            resolve(job, new ExternalResult(job.url, Outcome.UNREACHABLE, 0,
                    "cannot be requested: " + e.getMessage(), false));
            return;
        }
        host.busy = true;
        host.nextStart = now + options.perHostInterval().toNanos();
        inFlight++;
        started.accept(job.url, now);
        CompletableFuture<? extends HttpResponse<?>> response;
        try {
            response = job.get
                    // the status is all that counts: the body is closed unread
                    ? client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    : client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            finished(host, job, null, e);
            return;
        }
        response.whenComplete((answer, error) -> finished(host, job, answer, error));
    }

    private void finished(Host host, Job job, HttpResponse<?> answer, Throwable error) {
        if (answer != null && answer.body() instanceof InputStream body) {
            try {
                body.close();
            } catch (IOException ignored) {
                // the connection is dropped either way; the status is already known
            }
        }
        lock.lock();
        try {
            inFlight--;
            host.busy = false;
            try {
                next(host, job, answer, error);
            } catch (RuntimeException e) {
                // a job left without a result would keep check() waiting for ever
                if (!results.containsKey(job.url)) {
                    resolve(job, new ExternalResult(job.url, Outcome.UNREACHABLE, 0,
                            "could not be checked: " + e, false));
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Decides what an answer means: a result, a GET instead of HEAD, or another try later. */
    private void next(Host host, Job job, HttpResponse<?> answer, Throwable error) {
        if (answer == null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            retryOrGiveUp(host, job, Outcome.UNREACHABLE, 0, Reasons.failure(cause, options.timeout()),
                    backoff(job.failures + 1));
            return;
        }
        int status = answer.statusCode();
        if (!job.get && HEAD_REFUSED.contains(status)) {
            // not a retry: the first real answer to this URL is still to come
            job.get = true;
            host.queue.addFirst(job);
            return;
        }
        if (status >= 300 && status < 400 && gaveUpRedirecting(answer)) {
            resolve(job, new ExternalResult(job.url, Outcome.BROKEN, status,
                    "too many redirects (the last: " + Reasons.status(status) + ")", false));
        } else if (status >= 200 && status < 400) {
            resolve(job, new ExternalResult(job.url, Outcome.OK, status, Reasons.status(status), false));
        } else if (status == 429 || status == 408 || status >= 500) {
            Duration wait = retryAfter(answer).orElse(backoff(job.failures + 1));
            // a server that fails HEAD may still serve GET, which is what readers do
            job.get |= status >= 500;
            retryOrGiveUp(host, job, Outcome.BROKEN, status, Reasons.status(status), wait);
        } else {
            resolve(job, new ExternalResult(job.url, Outcome.BROKEN, status, Reasons.status(status), false));
        }
    }

    /**
     * The client hands back the last redirect when it stops following: after its limit (a loop,
     * for a reader) or at a step from https to http (which a browser takes, so that one is fine).
     */
    private static boolean gaveUpRedirecting(HttpResponse<?> answer) {
        if (!REDIRECTS.contains(answer.statusCode())) {
            return false;
        }
        Optional<String> location = answer.headers().firstValue("Location");
        if (location.isEmpty()) {
            return false;
        }
        try {
            URI next = answer.uri().resolve(location.get().trim());
            return !("https".equalsIgnoreCase(answer.uri().getScheme()) && "http".equalsIgnoreCase(next.getScheme()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private void retryOrGiveUp(Host host, Job job, Outcome outcome, int status, String reason, Duration wait) {
        job.failures++;
        if (job.failures <= options.retries()) {
            host.queue.addFirst(job);
            host.nextStart = Math.max(host.nextStart, System.nanoTime() + wait.toNanos());
        } else {
            String attempts = job.failures > 1 ? " (after " + job.failures + " attempts)" : "";
            resolve(job, new ExternalResult(job.url, outcome, status, reason + attempts, false));
        }
    }

    private void resolve(Job job, ExternalResult result) {
        results.put(job.url, result);
        unresolved--;
    }

    private static Duration backoff(int failure) {
        Duration wait = BACKOFF.multipliedBy(1L << Math.min(failure - 1, 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** Retry-After in seconds or as an HTTP date, capped; empty when absent or unreadable. */
    private Optional<Duration> retryAfter(HttpResponse<?> answer) {
        Optional<String> header = answer.headers().firstValue("Retry-After").map(String::trim);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.get()));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                wait = Duration.between(clock.instant(), at);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    /** Politeness is per server: host and port, so two servers on one machine are two hosts. */
    static String hostKey(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static final class Host {
        final Deque<Job> queue = new ArrayDeque<>();
        boolean busy;
        /** System.nanoTime() before which no request to this host starts. */
        long nextStart = System.nanoTime();
    }

    /** One URL on its way to a result. Touched only under the scheduler's lock. */
    private static final class Job {
        final URI url;
        boolean get;
        int failures;

        Job(URI url) {
            this.url = url;
        }
    }
}
