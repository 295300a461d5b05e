package dev.hyde.theme;

import dev.hyde.config.ProjectLayout;
import dev.hyde.model.Site;
import dev.hyde.nav.SiteNav;
import dev.hyde.plugins.Feeds;
import dev.hyde.plugins.GeneratedFile;
import dev.hyde.plugins.Sitemap;

import java.util.ArrayList;
import java.util.List;

/**
 * Files the theme writes besides pages, in a Hyde project: {@code sitemap.xml} (when the site
 * has a {@code url}), {@code robots.txt}, and the whole sidebar when it is too big to repeat in
 * every page. Each is left out when the site has a file of that name, or turned off with
 * {@code sitemap: false} / {@code robots: false}.
 */
public final class ThemeFiles {
    private static final String SOURCE = "built-in theme";

    private ThemeFiles() {
    }

    public static List<GeneratedFile> of(ProjectLayout project, Site site, SiteNav nav) {
        List<GeneratedFile> files = new ArrayList<>();
        if (project.isJekyll()) {
            Sitemap.file(site).ifPresent(files::add);
            return files;
        }
        Sitemap.file(site, true).ifPresent(files::add);
        if (!Boolean.FALSE.equals(site.config().values().get("robots")) && !Feeds.hasOwn(site, "robots.txt")) {
            StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
            if (files.stream().anyMatch(f -> f.outputPath().equals(Sitemap.PATH))) {
                robots.append("\nSitemap: ").append(site.config().url()).append(site.config().baseurl())
                        .append('/').append(Sitemap.PATH).append('\n');
            }
            files.add(new GeneratedFile("robots.txt", SOURCE, robots.toString()));
        }
        nav.sharedTree(site.config().baseurl())
                .ifPresent(tree -> files.add(new GeneratedFile(SiteNav.SHARED_TREE, SOURCE, tree)));
        return files;
    }
}
