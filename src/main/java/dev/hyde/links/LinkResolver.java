package dev.hyde.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves a URL written in a page against where the page is served, as a browser would, and
 * says what it points at: a file of the site (and which fragment), a page elsewhere, or
 * something not to check.
 */
public final class LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final SiteAddress address;

    public LinkResolver(SiteAddress address) {
        this.address = address;
    }

    /**
     * @param location the path the page is served at, base URL included ({@code /docs/guide/})
     * @param base     the page's {@code <base href>}, or null
     * @param url      the URL as the browser reads it
     */
    public LinkTarget resolve(String location, String base, String url) {
        String written = url.strip();
        if (SCHEME.matcher(written).find()) {
            String scheme = written.substring(0, written.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new LinkTarget.Ignored();
            }
            String prefix = address.absolutePrefix();
            if (!prefix.isEmpty() && written.toLowerCase(Locale.ROOT).startsWith(prefix)
                    && (written.length() == prefix.length() || "/?#".indexOf(written.charAt(prefix.length())) >= 0)) {
                // The site's own address written out in full: a link into this site.
                String rest = written.substring(prefix.length());
                return internal(address.baseurl() + (rest.startsWith("/") ? rest : "/" + rest));
            }
            return external(written);
        }
        if (written.startsWith("//")) {
            return resolve(location, base, "https:" + written);
        }
        String against = location;
        if (base != null && !base.isEmpty()) {
            if (SCHEME.matcher(base).find() || base.startsWith("//")) {
                return new LinkTarget.Ignored(); // resolved against another host: not ours to check
            }
            against = join(location, base);
        }
        return internal(join(against, written));
    }

    /** {@code url} (path, query, fragment) resolved against the page path {@code location}. */
    private static String join(String location, String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        String path = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
        String resolved;
        if (path.isEmpty()) {
            resolved = location; // "#x" or "?q": this page
        } else if (path.startsWith("/")) {
            resolved = path;
        } else {
            resolved = location.substring(0, location.lastIndexOf('/') + 1) + path;
        }
        return normalize(resolved) + fragment;
    }

    /** Removes {@code .} and {@code ..} segments; {@code ..} above the root stays at the root. */
    private static String normalize(String path) {
        if (!path.contains("./") && !path.endsWith("/.") && !path.endsWith("/..")) {
            return path;
        }
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals(".")) {
                if (last) {
                    segments.addLast("");
                }
            } else if (part.equals("..")) {
                segments.pollLast();
                if (last) {
                    segments.addLast("");
                }
            } else {
                segments.addLast(part);
            }
        }
        return "/" + String.join("/", segments);
    }

    private LinkTarget internal(String absolute) {
        int hash = absolute.indexOf('#');
        String rawFragment = hash < 0 ? null : absolute.substring(hash + 1);
        String path = hash < 0 ? absolute : absolute.substring(0, hash);
        int question = path.indexOf('?');
        if (question >= 0) {
            path = path.substring(0, question);
        }
        String baseurl = address.baseurl();
        if (!baseurl.isEmpty()) {
            if (path.equals(baseurl)) {
                path = "/";
            } else if (path.startsWith(baseurl + "/")) {
                path = path.substring(baseurl.length());
            } else {
                return new LinkTarget.OutsideSite(path);
            }
        }
        String decoded = PercentDecoding.decode(path);
        return new LinkTarget.Internal(decoded.startsWith("/") ? decoded.substring(1) : decoded,
                rawFragment == null ? null : PercentDecoding.decode(rawFragment), rawFragment);
    }

    private static LinkTarget external(String url) {
        try {
            return new LinkTarget.External(new URI(url.replace(" ", "%20")));
        } catch (URISyntaxException e) {
            try {
                // Browsers forgive characters URIs may not hold (a '|', a '{'): encode them as browsers do.
                return new LinkTarget.External(URI.create(encodeUnsafe(url)));
            } catch (IllegalArgumentException again) {
                return new LinkTarget.Ignored();
            }
        }
    }

    /** A URL path with its percent-escapes decoded. */
    public static String decodePath(String path) {
        return PercentDecoding.decode(path);
    }

    private static String encodeUnsafe(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (char c : url.toCharArray()) {
            if (c <= ' ' || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
