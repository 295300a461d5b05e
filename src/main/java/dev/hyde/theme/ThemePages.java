package dev.hyde.theme;

import dev.hyde.config.ProjectLayout;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.Page;
import dev.hyde.model.Site;
import dev.hyde.plugins.Feeds;
import dev.hyde.model.SourceFile;
import dev.hyde.source.FrontMatterReader;
import dev.hyde.source.FrontMatterSplitter;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Pages the theme adds to a Hyde project that has none of its own: a "page not found" page at
 * {@code 404.html}, which static hosts (GitHub Pages, Netlify, nginx with {@code error_page})
 * serve for a missing address. {@code not_found: false} in the configuration leaves it out.
 */
public final class ThemePages {
    private static final String NOT_FOUND = "404.md";

    private ThemePages() {
    }

    /**
     * The theme's 404 page, when the site wants one and has none. It is rendered like a page but
     * is not one of {@code site.pages}: a list of the site's pages should not show it.
     */
    public static Optional<Page> notFound(ProjectLayout project, Site site) {
        if (project.isJekyll() || Boolean.FALSE.equals(site.config().values().get("not_found"))
                || Feeds.hasOwn(site, "404.html")) {
            return Optional.empty();
        }
        return Optional.of(NotFound.PAGE);
    }

    /** True for the page {@link #notFound} makes: not one of the site's own, so not one to search. */
    public static boolean isNotFound(Page page) {
        return page.source().relativePath().equals(Theme.shownAs(NOT_FOUND));
    }

    /** Parsed once, when first asked for: the page is the same for every build and every edit. */
    private static final class NotFound {
        private static final Page PAGE = notFoundPage();
    }

    private static Page notFoundPage() {
        String shownAs = Theme.shownAs(NOT_FOUND);
        FrontMatterSplitter.Split split = FrontMatterSplitter.splitPage(Theme.read(Theme.ROOT + "pages/" + NOT_FOUND), shownAs);
        FrontMatter fm = FrontMatterReader.read(split.yaml(), shownAs, split.yamlLine(), warning -> { });
        return new Page(new SourceFile(Path.of(NOT_FOUND), shownAs), NOT_FOUND, fm, split.body(), split.bodyLine(),
                "/404.html", "404.html");
    }
}
