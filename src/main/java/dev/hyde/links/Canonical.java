package dev.hyde.links;

import java.util.concurrent.ConcurrentMap;

/**
 * One copy of each string: the same link values and ids recur on thousands of pages. Looked up
 * before it is added, since nearly every string is already there and a plain read takes no lock.
 */
public final class Canonical {

    private Canonical() {
    }

    public static String of(ConcurrentMap<String, String> copies, String text) {
        String known = copies.get(text);
        if (known != null) {
            return known;
        }
        String raced = copies.putIfAbsent(text, text);
        return raced == null ? text : raced;
    }
}
