package dev.hyde.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Jekyll's {@code exclude}/{@code include} entries: a plain entry names a file or a folder (with
 * everything in it), an entry with {@code *}, {@code ?} or {@code [} is a glob.
 */
final class PathPatterns {
    private final List<String> plain;
    private final List<PathMatcher> globs;

    PathPatterns(List<String> patterns) {
        this.plain = patterns.stream().filter(p -> !isGlob(p)).map(PathPatterns::trim).toList();
        this.globs = patterns.stream().filter(PathPatterns::isGlob)
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + trim(p))).toList();
    }

    /** True when {@code relativePath} (forward slashes, below the root) or one of its folders matches. */
    boolean matches(String relativePath) {
        for (String entry : plain) {
            if (relativePath.equals(entry) || relativePath.startsWith(entry + "/")) {
                return true;
            }
        }
        if (globs.isEmpty()) {
            return false;
        }
        Path path = Path.of(relativePath);
        for (PathMatcher glob : globs) {
            if (glob.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** True when the exact name (of a file or folder) is listed: Jekyll's {@code include} works on names. */
    boolean names(String name) {
        return plain.contains(name);
    }

    private static boolean isGlob(String p) {
        return p.contains("*") || p.contains("?") || p.contains("[");
    }

    private static String trim(String p) {
        String s = p.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
