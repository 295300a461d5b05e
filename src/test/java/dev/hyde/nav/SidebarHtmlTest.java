package dev.hyde.nav;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page's branch of a big sidebar, found by index, is the branch a walk of every entry finds. */
class SidebarHtmlTest {

    @Test
    void aBranchFoundByIndexIsTheBranchOfAWalk() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            List<String> urls = new ArrayList<>();
            List<NavItem> tree = level(random, 0, urls);
            SidebarHtml.Branches branches = new SidebarHtml.Branches();
            for (String url : urls) {
                Set<NavItem> open = Collections.newSetFromMap(new IdentityHashMap<>());
                path(tree, url, new ArrayList<>(), open);
                assertEquals(SidebarHtml.render(tree, url, open, true, "", null),
                        SidebarHtml.render(tree, url, open, true, "", branches), url);
            }
        }
    }

    @Test
    void aPageShowsTheTopLevelAndTheWayDownToItself() {
        NavItem deep = NavItem.page("Deep", "/a/b/deep/");
        NavItem inner = NavItem.section("B", "/a/b/", List.of(NavItem.page("Other", "/a/b/other/"), deep));
        NavItem outer = NavItem.section("A", "/a/", List.of(NavItem.page("Sibling", "/a/sibling/"), inner));
        List<NavItem> tree = List.of(NavItem.page("Home", "/"), outer, NavItem.section("C", "/c/",
                List.of(NavItem.page("Elsewhere", "/c/x/"))));
        Set<NavItem> open = Collections.newSetFromMap(new IdentityHashMap<>());
        open.add(outer);
        open.add(inner);
        Document html = Jsoup.parseBodyFragment(SidebarHtml.render(tree, "/a/b/deep/", open, true, "",
                new SidebarHtml.Branches()));
        assertEquals(List.of("/", "/a/b/deep/"), html.select("a").eachAttr("href"));
        assertEquals("/a/b/deep/", html.selectFirst("a[aria-current=page]").attr("href"));
        assertEquals(List.of("A", "B", "C"), html.select("summary").eachText());
        assertEquals(2, html.select("details[open]").size());
    }

    /** Sections of up to 40 entries, three deep; some URLs are listed twice, as nav.yml allows. */
    private static List<NavItem> level(Random random, int depth, List<String> urls) {
        List<NavItem> items = new ArrayList<>();
        int count = 1 + random.nextInt(depth == 0 ? 8 : 40);
        for (int i = 0; i < count; i++) {
            String url = !urls.isEmpty() && random.nextInt(10) == 0 ? urls.get(random.nextInt(urls.size()))
                    : "/d" + depth + "/p" + urls.size() + "/";
            urls.add(url);
            if (depth < 3 && random.nextInt(4) == 0) {
                items.add(NavItem.section("S" + urls.size(), url, level(random, depth + 1, urls)));
            } else {
                items.add(NavItem.page("P" + urls.size(), url));
            }
        }
        return items;
    }

    /** The sections above the first entry of {@code url}, as SiteNav opens them. */
    private static boolean path(List<NavItem> items, String url, List<NavItem> above, Set<NavItem> open) {
        for (NavItem item : items) {
            if (!item.section() && item.url().equals(url)) {
                open.addAll(above);
                return true;
            }
            if (item.section()) {
                above.add(item);
                if (path(item.children(), url, above, open)) {
                    return true;
                }
                above.remove(above.size() - 1);
            }
        }
        return false;
    }
}
