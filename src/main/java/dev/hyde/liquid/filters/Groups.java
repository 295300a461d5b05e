package dev.hyde.liquid.filters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items grouped by key in order of first appearance, shaped as Jekyll's grouping filters return them. */
final class Groups {

    private final Map<Object, List<Object>> members = new LinkedHashMap<>();

    void add(Object key, Object item) {
        members.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }

    /** {@code [{"name" => key, "items" => [...], "size" => n}, ...]}. */
    List<Map<String, Object>> toList() {
        List<Map<String, Object>> groups = new ArrayList<>(members.size());
        for (Map.Entry<Object, List<Object>> entry : members.entrySet()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", entry.getKey());
            group.put("items", entry.getValue());
            group.put("size", (long) entry.getValue().size());
            groups.add(group);
        }
        return groups;
    }
}
