package dev.hyde.serve;

import dev.hyde.deps.PageDependencies;
import dev.hyde.layout.Layout;
import dev.hyde.layout.LayoutMemo;
import dev.hyde.model.Page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The live site's Liquid layout outputs, page by page and layout by layout, so that an edit
 * renders again only the layouts it reaches: after an edit to the footer include of the outer
 * layout, each page's inner layout (its sidebar, which loops over every document) is taken as
 * it was. A kept output holds while the site's lists are as they were, the page and its content
 * are the same, the layout (its text included) and its input are the same, and nothing the layout
 * read (its includes, their files, the data it read) is among the edit's changes.
 *
 * <p>At most {@value #MAX_CHARS} characters are kept, so a large Jekyll site's server stays in
 * its heap; pages beyond that render their layouts whole, as without it.
 */
final class LayoutOutputs implements LayoutMemo {
    static final long MAX_CHARS = 32L << 20;

    /** One page's kept layouts, innermost first, with the content they were made from. */
    private record PageLayouts(Page page, String content, List<Level> levels) {
        long chars() {
            long chars = content.length();
            for (Level level : levels) {
                chars += level == null ? 0 : level.kept().output().length();
            }
            return chars;
        }
    }

    private record Level(Layout layout, String input, Kept kept) {
    }

    private final Map<String, PageLayouts> pages = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    /** How many layout outputs were taken since the last call of reuseUnless or reuseNothing. */
    private final AtomicInteger taken = new AtomicInteger();
    /** What the current rendering's edit changed, as a test on what a layout read; null: keep nothing. */
    private volatile Predicate<PageDependencies> changed;

    /** Lets the renderings that follow take kept outputs, but of layouts that read what {@code changed} matches. */
    void reuseUnless(Predicate<PageDependencies> changed) {
        this.changed = changed;
        taken.set(0);
    }

    /** The renderings that follow take nothing kept (the site's lists, or everything, may have changed). */
    void reuseNothing() {
        this.changed = null;
        taken.set(0);
    }

    /** How many layout outputs the renderings since the last reuseUnless or reuseNothing took. */
    int taken() {
        return taken.get();
    }

    /** Forgets a page (gone, or its output no longer built from these layouts). */
    void forget(String contentPath) {
        PageLayouts gone = pages.remove(contentPath);
        if (gone != null) {
            chars.addAndGet(-gone.chars());
        }
    }

    void clear() {
        pages.clear();
        chars.set(0);
    }

    @Override
    public Optional<Kept> reuse(Page page, int level, Layout layout, String pageContent, String input) {
        Predicate<PageDependencies> edit = changed;
        PageLayouts kept = pages.get(page.contentPath());
        if (edit == null || kept == null || level >= kept.levels().size() || kept.levels().get(level) == null
                || !kept.page().equals(page) || !kept.content().equals(pageContent)) {
            return Optional.empty();
        }
        Level at = kept.levels().get(level);
        if (!at.layout().equals(layout) || !at.input().equals(input) || edit.test(at.kept().reads())) {
            return Optional.empty();
        }
        taken.incrementAndGet();
        return Optional.of(at.kept());
    }

    @Override
    public void remember(Page page, int level, Layout layout, String pageContent, String input, Kept kept) {
        String path = page.contentPath();
        // a page is rendered by one thread at a time, its layouts in order: level 0 starts it afresh
        PageLayouts before = pages.get(path);
        List<Level> levels = new ArrayList<>();
        if (level > 0 && before != null && before.page().equals(page) && before.content().equals(pageContent)) {
            levels.addAll(before.levels().subList(0, Math.min(level, before.levels().size())));
        }
        while (levels.size() < level) {
            levels.add(null);
        }
        levels.add(new Level(layout, input, kept));
        PageLayouts now = new PageLayouts(page, pageContent, Collections.unmodifiableList(levels));
        long added = now.chars() - (before == null ? 0 : before.chars());
        if (added > 0 && chars.get() + added > MAX_CHARS) {
            forget(path);
            return;
        }
        pages.put(path, now);
        chars.addAndGet(added);
    }
}
