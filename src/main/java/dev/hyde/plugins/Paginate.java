package dev.hyde.plugins;

import dev.hyde.model.Page;
import dev.hyde.model.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jekyll-paginate (version 1): the {@code index.html} in the folder of {@code paginate_path}
 * lists the posts {@code paginate} at a time as {@code paginator.posts}, and is written once
 * per page of posts: the first at its own URL, the others at {@code paginate_path}.
 */
public final class Paginate {
    private Paginate() {
    }

    /**
     * One page of the list.
     *
     * @param page         the index page, published at this pager's URL
     * @param number       which page of the list it is, from 1
     * @param perPage      the {@code paginate} setting
     * @param totalPosts   how many posts the list has
     * @param totalPages   how many pages the list has
     * @param previousPath the URL of the page before, if any
     * @param nextPath     the URL of the page after, if any
     */
    public record Pager(Page page, int number, int perPage, int totalPosts, int totalPages,
                        Optional<String> previousPath, Optional<String> nextPath) {
        /** Where this page's posts start in the posts, newest first. */
        public int firstPost() {
            return (number - 1) * perPage;
        }

        /** Where this page's posts end (exclusive) in the posts, newest first. */
        public int endPost() {
            return Math.min(totalPosts, number * perPage);
        }
    }

    /** Whether the site paginates: Jekyll's {@code paginate} setting is the plugin's alone. */
    public static boolean enabled(Site site) {
        return site.config().values().get("paginate") instanceof Integer perPage && perPage > 0;
    }

    /**
     * The page that is paginated, by content path, and its pagers; empty when the site does not
     * paginate. The posts are those of the {@code posts} collection, which {@code site.posts}
     * shows newest first.
     */
    public static Map<String, List<Pager>> pagers(Site site) {
        Map<String, List<Pager>> result = new HashMap<>();
        if (!enabled(site)) {
            return result;
        }
        int perPage = (Integer) site.config().values().get("paginate");
        String path = String.valueOf(site.config().values().getOrDefault("paginate_path", "/page:num"));
        String template = path.startsWith("/") ? path : "/" + path;
        String folder = template.substring(0, template.indexOf(":num") >= 0 ? template.lastIndexOf('/',
                template.indexOf(":num")) + 1 : template.length());
        boolean posts = site.config().collections().stream().anyMatch(c -> c.label().equals("posts"));
        int total = posts ? (int) site.pages().stream().filter(p -> p.collection().equals("posts")).count() : 0;
        for (Page page : site.pages()) {
            if (page.isDocument() || !page.outputPath().equals(folder.substring(1) + "index.html")) {
                continue;
            }
            int pages = Math.max(1, (total + perPage - 1) / perPage);
            List<Pager> pagers = new ArrayList<>();
            for (int n = 1; n <= pages; n++) {
                String url = n == 1 ? page.url() : template.replace(":num", String.valueOf(n));
                String output = url.substring(1) + (url.endsWith("/") ? "index.html" : "");
                pagers.add(new Pager(n == 1 ? page : page.withRoute(url, output), n, perPage, total, pages,
                        n > 1 ? Optional.of(pagePath(n - 1, page.url(), template)) : Optional.empty(),
                        n < pages ? Optional.of(pagePath(n + 1, page.url(), template)) : Optional.empty()));
            }
            result.put(page.contentPath(), pagers);
        }
        return result;
    }

    private static String pagePath(int n, String firstUrl, String template) {
        return n == 1 ? firstUrl : template.replace(":num", String.valueOf(n));
    }
}
