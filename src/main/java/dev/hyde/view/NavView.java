package dev.hyde.view;

import dev.hyde.nav.NavLink;
import dev.hyde.nav.PageNav;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What layouts see as {@code page.nav}: {@code breadcrumbs} (a list of {@code title}/{@code url}),
 * {@code prev} and {@code next} (absent at either end), {@code sidebar} (HTML) and
 * {@code sidebar_tree} (the URL of the whole sidebar when pages hold only their own branch).
 */
public final class NavView {
    private NavView() {
    }

    public static Map<String, Object> of(PageNav nav) {
        Map<String, Object> view = new LinkedHashMap<>();
        List<Map<String, Object>> crumbs = nav.breadcrumbs().stream().map(NavView::link).toList();
        view.put("breadcrumbs", crumbs);
        nav.previous().ifPresent(link -> view.put("prev", link(link)));
        nav.next().ifPresent(link -> view.put("next", link(link)));
        view.put("sidebar", nav.sidebarHtml());
        view.put("sidebar_tree", nav.sharedTree());
        view.put("home", nav.home());
        return java.util.Collections.unmodifiableMap(view);
    }

    private static Map<String, Object> link(NavLink link) {
        return Map.of("title", link.label(), "url", link.url());
    }
}
