package dev.hyde.plugins;

import dev.hyde.model.Page;
import dev.hyde.model.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * @param page      the index page, published at this pager's URL
     * @param paginator the {@code paginator} variable for it
     */
    public record Pager(Page page, Map<String, Object> paginator) {
    }

    /** Whether the site paginates: Jekyll's {@code paginate} setting is the plugin's alone. */
    public static boolean enabled(Site site) {
        return site.config().values().get("paginate") instanceof Integer perPage && perPage > 0;
    }

    /** The page that is paginated, by content path, and its pagers; empty when the site does not paginate. */
    public static Map<String, List<Pager>> pagers(Site site, List<Map<String, Object>> postsNewestFirst) {
        Map<String, List<Pager>> result = new HashMap<>();
        if (!enabled(site)) {
            return result;
        }
        int perPage = (Integer) site.config().values().get("paginate");
        String path = String.valueOf(site.config().values().getOrDefault("paginate_path", "/page:num"));
        String template = path.startsWith("/") ? path : "/" + path;
        String folder = template.substring(0, template.indexOf(":num") >= 0 ? template.lastIndexOf('/',
                template.indexOf(":num")) + 1 : template.length());
        for (Page page : site.pages()) {
            if (page.isDocument() || !page.outputPath().equals(folder.substring(1) + "index.html")) {
                continue;
            }
            int total = postsNewestFirst.size();
            int pages = Math.max(1, (total + perPage - 1) / perPage);
            List<Pager> pagers = new ArrayList<>();
            for (int n = 1; n <= pages; n++) {
                String url = n == 1 ? page.url() : template.replace(":num", String.valueOf(n));
                String output = url.substring(1) + (url.endsWith("/") ? "index.html" : "");
                Map<String, Object> paginator = new LinkedHashMap<>();
                paginator.put("page", n);
                paginator.put("per_page", perPage);
                paginator.put("posts", postsNewestFirst.subList((n - 1) * perPage, Math.min(total, n * perPage)));
                paginator.put("total_posts", total);
                paginator.put("total_pages", pages);
                paginator.put("previous_page", n > 1 ? n - 1 : null);
                paginator.put("previous_page_path", n > 1 ? pagePath(n - 1, page.url(), template) : null);
                paginator.put("next_page", n < pages ? n + 1 : null);
                paginator.put("next_page_path", n < pages ? pagePath(n + 1, page.url(), template) : null);
                pagers.add(new Pager(n == 1 ? page : page.withRoute(url, output), paginator));
            }
            result.put(page.contentPath(), pagers);
        }
        return result;
    }

    private static String pagePath(int n, String firstUrl, String template) {
        return n == 1 ? firstUrl : template.replace(":num", String.valueOf(n));
    }
}
