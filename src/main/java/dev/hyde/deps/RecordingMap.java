package dev.hyde.deps;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A read-only view of a map that reports every key looked up, and reports "everything" when
 * the map is walked. Template engines only read maps through get, keys and entries, so this
 * sees every read a template makes.
 */
public final class RecordingMap extends AbstractMap<String, Object> {
    private final Map<String, Object> target;
    private final BiFunction<String, Object, Object> onGet;
    private final Runnable onWalk;

    /**
     * @param onGet  called with each key looked up and its value; returns what the reader gets
     *               (the value, or a recording view of it)
     * @param onWalk called when the whole map is iterated
     */
    public RecordingMap(Map<String, Object> target, BiFunction<String, Object, Object> onGet, Runnable onWalk) {
        this.target = target;
        this.onGet = onGet;
        this.onWalk = onWalk;
    }

    /** A view that records each top-level key read with {@code key}. */
    public static RecordingMap keys(Map<String, Object> target, Consumer<String> key, Runnable onWalk) {
        return new RecordingMap(target, (k, v) -> {
            key.accept(k);
            return v;
        }, onWalk);
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        return onGet.apply(k, target.get(k));
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null || target.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        onWalk.run();
        return target.entrySet();
    }

    @Override
    public Set<String> keySet() {
        onWalk.run();
        return target.keySet();
    }

    @Override
    public int size() {
        return target.size();
    }
}
