package dev.hyde.view;

import dev.hyde.plugins.Paginate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** jekyll-paginate's {@code paginator} variable, for one page of a paginated list. */
public final class PaginatorView {
    private PaginatorView() {
    }

    /** @param postsNewestFirst {@code site.posts} of the site view the page renders against */
    public static Map<String, Object> of(Paginate.Pager pager, List<Map<String, Object>> postsNewestFirst) {
        Map<String, Object> paginator = new LinkedHashMap<>();
        paginator.put("page", pager.number());
        paginator.put("per_page", pager.perPage());
        paginator.put("posts", postsNewestFirst.subList(Math.min(pager.firstPost(), postsNewestFirst.size()),
                Math.min(pager.endPost(), postsNewestFirst.size())));
        paginator.put("total_posts", pager.totalPosts());
        paginator.put("total_pages", pager.totalPages());
        paginator.put("previous_page", pager.number() > 1 ? pager.number() - 1 : null);
        paginator.put("previous_page_path", pager.previousPath().orElse(null));
        paginator.put("next_page", pager.number() < pager.totalPages() ? pager.number() + 1 : null);
        paginator.put("next_page_path", pager.nextPath().orElse(null));
        return Collections.unmodifiableMap(paginator);
    }
}
