package dev.hyde.links.external;

import dev.hyde.diag.Diagnostic;
import dev.hyde.links.external.ExternalResult.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks links to other sites: does each URL answer, and with what. Requests go out politely
 * (see {@link ExternalCheckOptions}); successes may be remembered in a cache file between runs.
 */
public final class ExternalLinkChecker {
    static final String USER_AGENT = "Hyde-link-checker" + version().map(v -> "/" + v).orElse("");

    private ExternalLinkChecker() {
    }

    /**
     * Checks each distinct URL once (its fragment stripped before requesting) and blocks until all
     * are done. Never throws for a network problem. A problem with the cache file is reported
     * through {@code warnings}, and the cache is then ignored, never half used.
     *
     * @return a result for every URL given, keyed by the URL as given, in the order given
     */
    public static Map<URI, ExternalResult> check(Collection<URI> urls, ExternalCheckOptions options,
                                                 Consumer<Diagnostic> warnings) {
        return check(urls, options, warnings, Clock.systemUTC());
    }

    /** As above, with the clock that dates cache entries, so tests can age them. */
    static Map<URI, ExternalResult> check(Collection<URI> urls, ExternalCheckOptions options,
                                          Consumer<Diagnostic> warnings, Clock clock) {
        Instant now = clock.instant();
        LinkCache cache = options.cacheFile().map(f -> LinkCache.load(f, warnings)).orElse(LinkCache.empty());

        Map<URI, URI> targets = new LinkedHashMap<>();
        Map<URI, ExternalResult> byTarget = new HashMap<>();
        Set<URI> toRequest = new LinkedHashSet<>();
        for (URI url : urls) {
            URI target = withoutFragment(url);
            targets.put(url, target);
            if (byTarget.containsKey(target) || toRequest.contains(target)) {
                continue;
            }
            Optional<String> unfit = unfit(target);
            if (unfit.isPresent()) {
                byTarget.put(target, new ExternalResult(target, Outcome.UNREACHABLE, 0, unfit.get(), false));
                continue;
            }
            Optional<LinkCache.Entry> cached = cache.fresh(target, now, options.cacheMaxAge());
            if (cached.isPresent()) {
                int status = cached.get().status();
                byTarget.put(target, new ExternalResult(target, Outcome.OK, status, Reasons.status(status), true));
            } else {
                toRequest.add(target);
            }
        }
        if (!toRequest.isEmpty()) {
            byTarget.putAll(new RequestScheduler(options, clock, USER_AGENT).run(toRequest));
        }
        options.cacheFile().ifPresent(f -> cache.save(f, byTarget.values(), now, options.cacheMaxAge(), warnings));

        Map<URI, ExternalResult> results = new LinkedHashMap<>();
        targets.forEach((url, target) -> results.put(url, byTarget.get(target)));
        return Collections.unmodifiableMap(results);
    }

    /** The URL a server is asked for: the fragment only ever means something to the browser. */
    static URI withoutFragment(URI url) {
        if (url.getRawFragment() == null) {
            return url;
        }
        String text = url.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    /** Why a URL cannot be requested at all; the caller should have passed only http(s) links. */
    private static Optional<String> unfit(URI url) {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("not an http or https URL");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of("no host name in the URL");
        }
        return Optional.empty();
    }

    /** Hyde's version: from the CLI jar's manifest, else from the Maven metadata in the plugin jar. */
    private static Optional<String> version() {
        String manifest = ExternalLinkChecker.class.getPackage().getImplementationVersion();
        if (manifest != null) {
            return Optional.of(manifest);
        }
        try (InputStream in = ExternalLinkChecker.class.getResourceAsStream("/META-INF/maven/dev.hyde/hyde/pom.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).filter(v -> !v.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
