package dev.hyde.layout;

import dev.hyde.deps.PageDependencies;
import dev.hyde.model.Page;

import java.util.Optional;

/**
 * Layout outputs kept from an earlier rendering of a page, for a rendering that may take them
 * instead of rendering the layout again: the preview server's, where an edit to the footer
 * include changes the outer layout of every page but not the inner one that lays out its
 * sidebar. Whoever keeps them decides when one still holds; the layout stage only asks.
 */
public interface LayoutMemo {

    /**
     * A layout's output and what rendering it read.
     *
     * @param output   the layout's output
     * @param reads    the includes, data and files it read
     */
    record Kept(String output, PageDependencies reads) {
    }

    /** Keeps nothing. */
    LayoutMemo NONE = new LayoutMemo() {
        @Override
        public Optional<Kept> reuse(Page page, int level, Layout layout, String pageContent, String input) {
            return Optional.empty();
        }

        @Override
        public void remember(Page page, int level, Layout layout, String pageContent, String input, Kept kept) {
        }
    };

    /**
     * The output of the layout at {@code level} of {@code page}'s chain (0 the innermost), if the
     * one kept for the same page, content and input still holds.
     *
     * @param pageContent the page's content, which layouts see as {@code page.content}
     * @param input       what the layout wraps: the content, or the layout inside it's output
     */
    Optional<Kept> reuse(Page page, int level, Layout layout, String pageContent, String input);

    /** Offers a layout's output, rendered now, for a later rendering of the page. */
    void remember(Page page, int level, Layout layout, String pageContent, String input, Kept kept);
}
