package dev.hyde.nav;

import java.util.List;
import java.util.Optional;

/**
 * One page's navigation.
 *
 * @param breadcrumbs the sections above the page, outermost first, starting at the home page
 * @param previous    the page before it in sidebar order
 * @param next        the page after it in sidebar order
 * @param sidebarHtml the sidebar's list, with the page's own branch open
 * @param sharedTree  the site URL of the whole sidebar, loaded by the theme's script when the
 *                    sidebar is too big to repeat in every page (then {@code sidebarHtml} holds
 *                    only the page's own branch); empty otherwise
 * @param home        the home page's URL, empty when the site has no page at its root
 */
public record PageNav(List<NavLink> breadcrumbs, Optional<NavLink> previous, Optional<NavLink> next,
                      String sidebarHtml, String sharedTree, String home) {

    public PageNav {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
