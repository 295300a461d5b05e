package dev.hyde.serve;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Maps a request path to a file of the site the way static servers do: {@code /guide/} serves
 * {@code guide/index.html}, and {@code /guide} redirects to {@code /guide/} when that is a folder.
 * Paths with {@code ..} segments, backslashes or NUL never resolve; the site lives in memory, so
 * nothing outside it can be reached anyway.
 */
final class SitePaths {
    private SitePaths() {
    }

    /** What to answer for a path. */
    sealed interface Resolution permits Found, Redirect, NotFound {
    }

    /** @param file the site file, relative to the site root */
    record Found(String file) implements Resolution {
    }

    /** @param location where the client should go instead */
    record Redirect(String location) implements Resolution {
    }

    record NotFound() implements Resolution {
    }

    /**
     * @param decodedPath the request path, percent-decoded once
     * @param baseurl     the site's base path ({@code /docs}), empty for the root
     * @param exists      tells whether a site file exists
     */
    static Resolution resolve(String decodedPath, String baseurl, Predicate<String> exists) {
        if (decodedPath == null || !decodedPath.startsWith("/") || decodedPath.contains("\\")
                || decodedPath.indexOf('\0') >= 0) {
            return new NotFound();
        }
        String path = decodedPath;
        if (!baseurl.isEmpty()) {
            if (path.equals(baseurl)) {
                return new Redirect(baseurl + "/");
            }
            if (!path.startsWith(baseurl + "/")) {
                return new NotFound();
            }
            path = path.substring(baseurl.length());
        }
        String relative = path.substring(1);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return new NotFound();
            }
        }
        if (relative.isEmpty() || relative.endsWith("/")) {
            String index = relative + "index.html";
            return exists.test(index) ? new Found(index) : new NotFound();
        }
        if (exists.test(relative)) {
            return new Found(relative);
        }
        if (exists.test(relative + "/index.html")) {
            return new Redirect(baseurl + path + "/");
        }
        return new NotFound();
    }
}
