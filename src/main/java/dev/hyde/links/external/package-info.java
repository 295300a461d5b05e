/**
 * Checking links to other sites: does each URL answer, and with what.
 *
 * <pre>
 * ExternalLinkChecker   the entry point: distinct URLs, fragments stripped, the cache consulted and kept
 * ExternalCheckOptions  concurrency, time-out, retries, pause per host, cache file and age
 * ExternalResult        one URL's outcome: OK, BROKEN or UNREACHABLE, with a reason for people
 * RequestScheduler      sends HEAD (GET when HEAD is refused) within the limits, retries, follows redirects
 * LinkCache             successes remembered between runs, in a versioned JSON file replaced whole
 * Reasons               the words: status phrases, network failures
 * </pre>
 *
 * Only {@code java.net.http}: no HTTP library. The caller passes http and https links only;
 * anything else comes back UNREACHABLE, unrequested.
 */
package dev.hyde.links.external;
