package dev.hyde.plugins;

import dev.hyde.model.Page;
import dev.hyde.model.Site;

import java.util.ArrayList;
import java.util.List;

/**
 * jekyll-redirect-from: a page's {@code redirect_from} URLs become small pages that send the
 * reader on to it, and {@code redirect_to} turns the page itself into one. The markup is the
 * plugin's own, byte for byte, so links checkers and search engines see what they saw before.
 */
public final class RedirectFrom {
    public static final String PLUGIN = "jekyll-redirect-from";

    private RedirectFrom() {
    }

    /** The redirect pages of the site; none unless the site uses the plugin. */
    public static List<GeneratedFile> pages(Site site) {
        List<GeneratedFile> files = new ArrayList<>();
        if (!site.config().hasPlugin(PLUGIN)) {
            return files;
        }
        String prefix = site.config().url() + site.config().baseurl();
        for (Page page : site.pages()) {
            if (!page.written()) {
                continue;
            }
            for (String from : urls(page.frontMatter().values().get("redirect_from"))) {
                String url = from.startsWith("/") ? from : "/" + from;
                if (problem(page, from, url).isPresent()) {
                    continue; // reported by check()
                }
                String output = url.substring(1);
                if (output.isEmpty() || output.endsWith("/")) {
                    output += "index.html";
                } else if (!output.substring(output.lastIndexOf('/') + 1).contains(".")) {
                    output += ".html";
                }
                files.add(new GeneratedFile(output, page.source().relativePath(), page.frontMatter().redirectFromLine(),
                        stub(prefix + page.url())));
            }
        }
        return files;
    }

    /** Reports every {@code redirect_from} URL that would be written outside the site. */
    public static void check(Site site, dev.hyde.diag.Diagnostics diagnostics) {
        if (!site.config().hasPlugin(PLUGIN)) {
            return;
        }
        for (Page page : site.pages()) {
            for (String from : urls(page.frontMatter().values().get("redirect_from"))) {
                problem(page, from, from.startsWith("/") ? from : "/" + from).ifPresent(diagnostics::add);
            }
        }
    }

    private static java.util.Optional<dev.hyde.diag.Diagnostic> problem(Page page, String from, String url) {
        return dev.hyde.source.PermalinkCheck.problem(url, from, "redirect_from leaves the site",
                page.source().relativePath(), page.frontMatter().redirectFromLine());
    }

    /** The page written instead of {@code page} when it sets {@code redirect_to}, if it does. */
    public static java.util.Optional<String> redirectTo(Page page, Site site) {
        if (!site.config().hasPlugin(PLUGIN)) {
            return java.util.Optional.empty();
        }
        List<String> to = urls(page.frontMatter().values().get("redirect_to"));
        return to.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(stub(to.get(0)));
    }

    static String stub(String to) {
        String href = org.jsoup.nodes.Entities.escape(to);
        return "<!DOCTYPE html>\n"
                + "<html lang=\"en-US\">\n"
                + "  <meta charset=\"utf-8\">\n"
                + "  <title>Redirecting&hellip;</title>\n"
                + "  <link rel=\"canonical\" href=\"" + href + "\">\n"
                + "  <script>location=\"" + href + "\"</script>\n"
                + "  <meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "  <meta name=\"robots\" content=\"noindex\">\n"
                + "  <h1>Redirecting&hellip;</h1>\n"
                + "  <a href=\"" + href + "\">Click here if you are not redirected.</a>\n"
                + "</html>\n";
    }

    private static List<String> urls(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
