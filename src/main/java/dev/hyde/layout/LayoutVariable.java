package dev.hyde.layout;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code layout} variable a Liquid layout sees, as Jekyll 4.3 gives it: the layout's own
 * front matter under that of the layouts inside it in the page's chain, whose values win. A
 * {@code minimal} layout with {@code nav_enabled: false} and {@code layout: default} so turns off
 * the navigation that {@code default} shows when {@code layout.nav_enabled} is not false.
 * Maps are merged key by key, as Jekyll's {@code Utils.deep_merge_hashes} merges them.
 */
final class LayoutVariable {

    private LayoutVariable() {
    }

    /**
     * @param own    the front matter of the layout being rendered
     * @param inside the {@code layout} variable of the layout inside it, or null for the innermost
     */
    static Map<String, Object> of(Map<String, Object> own, Map<String, Object> inside) {
        return inside == null ? own : merged(own, inside);
    }

    private static Map<String, Object> merged(Map<String, ?> under, Map<String, ?> over) {
        Map<String, Object> out = new LinkedHashMap<>(under);
        for (Map.Entry<String, ?> entry : over.entrySet()) {
            Object below = out.get(entry.getKey());
            out.put(entry.getKey(), below instanceof Map<?, ?> belowMap && entry.getValue() instanceof Map<?, ?> overMap
                    ? merged(stringKeys(belowMap), stringKeys(overMap)) : entry.getValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
