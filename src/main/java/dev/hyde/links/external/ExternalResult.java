package dev.hyde.links.external;

import java.net.URI;
import java.util.Objects;

/**
 * The outcome for one URL.
 *
 * @param url        the URL as requested: without its fragment
 * @param outcome    what a reader following the link would meet
 * @param httpStatus the final status after redirects, 0 when no response came
 * @param reason     for people: "HTTP 404 Not Found", "timed out after 10 s", "connection refused",
 *                   "unknown host", with "(after 2 attempts)" when retries did not help
 * @param fromCache  true when a success remembered from an earlier run was reused, with no request
 */
public record ExternalResult(URI url, Outcome outcome, int httpStatus, String reason, boolean fromCache) {

    public enum Outcome {
        /** The page answered 2xx, or 3xx that was not followed further. */
        OK,
        /** The server answered, and the answer is an error (4xx, or 5xx after retries). */
        BROKEN,
        /** No answer: unknown host, refused connection, time-out, or a URL that cannot be requested. */
        UNREACHABLE
    }

    public ExternalResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
