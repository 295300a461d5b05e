package dev.hyde.links;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The nearest existing path or id to one that is not there: the "did you mean" of a broken link. */
final class Suggestions {
    /** Every path a link may name, as a link writes it: {@code guide/install/} for a folder's index. */
    private final List<String> paths;
    private final Map<String, String> byLowerCase = new HashMap<>();

    Suggestions(Collection<String> files) {
        paths = new ArrayList<>(files.size());
        for (String file : files) {
            String path = file.equals("index.html") ? ""
                    : file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
            paths.add(path);
            byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
        }
        paths.sort(null);
    }

    /** A path that differs from {@code missing} only in letter case (with or without the trailing slash). */
    Optional<String> sameIgnoringCase(String missing) {
        String lower = missing.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(byLowerCase.get(lower))
                .or(() -> Optional.ofNullable(byLowerCase.get(lower.endsWith("/") ? lower : lower + "/")));
    }

    /** The closest path, when it is close enough to be what was meant. */
    Optional<String> nearestPath(String missing) {
        return nearest(missing, paths);
    }

    /** The closest id of a page, when it is close enough to be what was meant. */
    static Optional<String> nearestId(String missing, Collection<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        return nearest(missing, sorted);
    }

    private static Optional<String> nearest(String missing, List<String> candidates) {
        // Short names are near too much else: "nope" is two edits from "home".
        int limit = missing.length() <= 4 ? 1 : Math.max(2, missing.length() / 4);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - missing.length()) > limit) {
                continue;
            }
            int d = distance.apply(missing, candidate);
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
