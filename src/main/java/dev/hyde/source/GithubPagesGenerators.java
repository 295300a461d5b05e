package dev.hyde.source;

import dev.hyde.config.SiteConfig;
import dev.hyde.markdown.MarkdownRenderer;
import dev.hyde.model.FrontMatter;
import dev.hyde.model.Page;
import dev.hyde.model.StaticFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generators of the plugins GitHub Pages turns on for every site, run over a Jekyll site's
 * scan in the plugins' own order (by priority: normal, low, lowest), each only when the site
 * turns it on ({@link SiteConfig#hasPlugin}). Each follows its plugin's source:
 * jekyll-optional-front-matter 0.3.2, jekyll-readme-index 0.3.0, jekyll-default-layout 0.1.5,
 * jekyll-titles-from-headings 0.5.3 and jekyll-relative-links 0.7.0.
 */
final class GithubPagesGenerators {
    static final String OPTIONAL_FRONT_MATTER = "jekyll-optional-front-matter";
    static final String README_INDEX = "jekyll-readme-index";
    static final String DEFAULT_LAYOUT = "jekyll-default-layout";
    static final String TITLES_FROM_HEADINGS = "jekyll-titles-from-headings";
    static final String RELATIVE_LINKS = "jekyll-relative-links";

    /** Files the optional-front-matter plugin never makes pages (by base name, any case). */
    private static final Set<String> NOT_PAGES = Set.of("README", "LICENSE", "LICENCE", "COPYING", "CODE_OF_CONDUCT",
            "CONTRIBUTING", "ISSUE_TEMPLATE", "PULL_REQUEST_TEMPLATE");
    /** Jekyll's default markdown_ext. */
    private static final Pattern MARKDOWN = Pattern.compile("(?i).*\\.(markdown|mkdown|mkdn|mkd|md)$");
    private static final Pattern README = Pattern.compile("(?i)/readme\\.(markdown|mkdown|mkdn|mkd|md)$");

    /** The titles plugin's heading: ATX of one to three hashes, or Setext, first thing in the file. */
    private static final Pattern TITLE = Pattern.compile(
            "\\A\\s*(?:#{1,3}\\s+(.*)(?:\\s+#{1,3})?|(.*)\\r?\\n[-=]+\\s*)$", Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]]*\\]");

    /** The relative-links plugin's link patterns, as written in the plugin. */
    private static final String FRAG_AND_TITLE = "(#.+?|)?"
            + "(\\s+\"(?:\\\\\"|[^\"])*(?<!\\\\)\"|\\s+\"(?:\\\\'|[^'])*(?<!\\\\)')?";
    private static final Pattern LINK = Pattern.compile("(\\[(.*?)\\]\\(([^)]+?)" + FRAG_AND_TITLE + "\\)"
            + "|^\\s*?\\[(.*?)\\]: (.+?)" + FRAG_AND_TITLE + "\\s*?$)", Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final JekyllScanner scanner;
    private final SiteConfig config;
    private final Path layouts;

    GithubPagesGenerators(JekyllScanner scanner, SiteConfig config, Path layouts) {
        this.scanner = scanner;
        this.config = config;
        this.layouts = layouts;
    }

    /** Whether the site turns on any of these plugins. */
    static boolean anyEnabled(SiteConfig config) {
        return Stream.of(OPTIONAL_FRONT_MATTER, README_INDEX, DEFAULT_LAYOUT, TITLES_FROM_HEADINGS, RELATIVE_LINKS)
                .anyMatch(config::hasPlugin);
    }

    SourceScanner.Scan apply(SourceScanner.Scan scan) {
        List<Page> pages = new ArrayList<>(scan.pages());
        List<StaticFile> statics = new ArrayList<>(scan.staticFiles());
        if (config.hasPlugin(OPTIONAL_FRONT_MATTER)) {
            optionalFrontMatter(pages, statics);
        }
        if (config.hasPlugin(README_INDEX)) {
            readmeIndex(pages, statics);
        }
        if (config.hasPlugin(DEFAULT_LAYOUT)) {
            defaultLayout(pages);
        }
        if (config.hasPlugin(TITLES_FROM_HEADINGS)) {
            titlesFromHeadings(pages);
        }
        if (config.hasPlugin(RELATIVE_LINKS)) {
            relativeLinks(pages, statics);
        }
        return new SourceScanner.Scan(pages, statics);
    }

    // ---- jekyll-optional-front-matter: Markdown files without front matter become pages.

    private void optionalFrontMatter(List<Page> pages, List<StaticFile> statics) {
        if (Boolean.FALSE.equals(option("optional_front_matter", "enabled"))
                || truthy(config.values().get("require_front_matter"))) {
            return;
        }
        boolean removeOriginals = Boolean.TRUE.equals(option("optional_front_matter", "remove_originals"));
        for (StaticFile file : List.copyOf(statics)) {
            if (!MARKDOWN.matcher(file.origin()).matches() || !file.origin().equals(file.outputPath())) {
                continue; // Markdown files of the site itself, not of a collection
            }
            String base = baseName(file.origin());
            if (NOT_PAGES.contains(base.toUpperCase(java.util.Locale.ROOT)) && !scanner.isIncluded(file.origin())) {
                continue;
            }
            pages.add(scanner.pageWithoutFrontMatter(file, Optional.empty()));
            if (removeOriginals) {
                statics.remove(file);
            }
        }
    }

    // ---- jekyll-readme-index: a README serves as its folder's index when the folder has none.

    private void readmeIndex(List<Page> pages, List<StaticFile> statics) {
        if (Boolean.FALSE.equals(option("readme_index", "enabled"))) {
            return;
        }
        boolean removeOriginals = Boolean.TRUE.equals(option("readme_index", "remove_originals"));
        for (StaticFile readme : List.copyOf(statics)) {
            String url = "/" + readme.outputPath();
            if (!README.matcher("/" + readme.origin()).find() || hasIndex(folderOf(url), pages, statics)) {
                continue;
            }
            pages.add(scanner.pageWithoutFrontMatter(readme, Optional.of(folderOf(url))));
            if (removeOriginals) {
                statics.remove(readme);
            }
        }
        if (Boolean.TRUE.equals(option("readme_index", "with_frontmatter"))) {
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                if (!page.isDocument() && README.matcher("/" + page.contentPath()).find()
                        && !hasIndex(folderOf(page.url()), pages, statics)) {
                    pages.set(i, scanner.withPermalink(page, folderOf(page.url())));
                }
            }
        }
    }

    /** {@code File.dirname(url) + "/"}, with Jekyll's URL clean-up of the doubled slash at the root. */
    private static String folderOf(String url) {
        String dir = url.substring(0, Math.max(0, url.lastIndexOf('/')));
        return dir.isEmpty() ? "/" : dir + "/";
    }

    /**
     * The plugin's test: a page or file whose URL is the folder itself or {@code index.html} (or
     * .htm, .xhtml, .xml) in it. The folder part ignores case; the index part does not, as the
     * plugin's pattern embeds its own case-sensitive one.
     */
    private static boolean hasIndex(String folder, List<Page> pages, List<StaticFile> statics) {
        Pattern index = Pattern.compile("^(?i:" + Pattern.quote(folder) + ")(?:$|index\\.(html?|xhtml|xml)$)",
                Pattern.MULTILINE);
        return Stream.concat(pages.stream().filter(Page::written).map(Page::url),
                statics.stream().map(s -> "/" + s.outputPath())).anyMatch(url -> index.matcher(url).find());
    }

    // ---- jekyll-default-layout: Markdown pages and posts without a layout get one that exists.

    private void defaultLayout(List<Page> pages) {
        Set<String> layoutNames = layoutNames(layouts);
        java.util.function.Predicate<String> layoutExists = layoutNames::contains;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            boolean post = page.collection().equals("posts");
            if ((page.isDocument() && !post) || !page.isMarkdown() || page.frontMatter().values().containsKey("layout")) {
                continue;
            }
            String layout = page.url().equals("/") && layoutExists.test("home") ? "home"
                    : !page.isDocument() && layoutExists.test("page") ? "page"
                    : post && layoutExists.test("post") ? "post"
                    : layoutExists.test("default") ? "default" : null;
            if (layout != null) {
                pages.set(i, with(page, "layout", layout));
            }
        }
    }

    /** The layouts' names ({@code _layouts/page.html} is {@code page}), read once per scan. */
    private static Set<String> layoutNames(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> baseName(f.getFileName().toString()))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- jekyll-titles-from-headings: a Markdown page without a title takes its first heading.

    private void titlesFromHeadings(List<Page> pages) {
        if (Boolean.FALSE.equals(option("titles_from_headings", "enabled"))) {
            return;
        }
        boolean collections = Boolean.TRUE.equals(option("titles_from_headings", "collections"));
        MarkdownRenderer markdown = null;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (!page.isMarkdown() || (page.isDocument() && !(collections && page.written()))) {
                continue;
            }
            // A document's title is inferred from its file name, so the plugin replaces it even when set.
            Map<String, Object> values = page.frontMatter().values();
            if (!page.isDocument() && values.get("title") != null) {
                continue;
            }
            Matcher heading = TITLE.matcher(page.body());
            Object title = values.get("title");
            if (heading.find()) {
                markdown = markdown == null ? new MarkdownRenderer(false) : markdown;
                title = stripMarkup(markdown, heading.group(1) != null ? heading.group(1) : heading.group(2));
            }
            Page titled = with(page, "title", title);
            Object own = values.get("strip_title");
            boolean strip = values.containsKey("strip_title") ? Boolean.TRUE.equals(own)
                    : Boolean.TRUE.equals(option("titles_from_headings", "strip_title"));
            if (strip) {
                titled = titled.withBody(TITLE.matcher(titled.body()).replaceAll("").strip());
            }
            pages.set(i, titled);
        }
    }

    /** The plugin's markdownify, strip_html, normalize_whitespace, then footnote marks removed. */
    private static String stripMarkup(MarkdownRenderer markdown, String text) {
        String html = markdown.render(text);
        String stripped = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<.*?>", "");
        return FOOTNOTE_MARK.matcher(stripped.replaceAll("\\s+", " ").strip()).replaceAll("");
    }

    // ---- jekyll-relative-links: links to Markdown files become links to their pages.

    private void relativeLinks(List<Page> pages, List<StaticFile> statics) {
        if (Boolean.FALSE.equals(option("relative_links", "enabled"))) {
            return;
        }
        boolean collections = Boolean.TRUE.equals(option("relative_links", "collections"));
        Object exclude = option("relative_links", "exclude");
        PathPatterns excluded = exclude == null ? null : new PathPatterns(exclude instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(exclude)));
        // Targets in the plugin's order: pages, static files, then documents that are written
        Map<String, String> urls = new LinkedHashMap<>();
        pages.stream().filter(p -> !p.isDocument()).forEach(p -> urls.putIfAbsent(p.contentPath(), p.url()));
        statics.forEach(s -> urls.putIfAbsent(s.origin(), "/" + s.outputPath()));
        pages.stream().filter(p -> p.isDocument() && p.written()).forEach(p -> urls.putIfAbsent(p.contentPath(), p.url()));
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (!page.isMarkdown() || (page.isDocument() && !(collections && page.written()))
                    || (excluded != null && excluded.matches(page.contentPath()))) {
                continue;
            }
            String rewritten = rewriteLinks(page.body(), page.contentPath(), urls);
            if (!rewritten.equals(page.body())) {
                pages.set(i, page.withBody(rewritten));
            }
        }
    }

    private String rewriteLinks(String body, String contentPath, Map<String, String> urls) {
        String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
        Matcher m = LINK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean inline = m.group(2) != null;
            String text = m.group(inline ? 2 : 6);
            String path = m.group(inline ? 3 : 7);
            String fragment = m.group(inline ? 4 : 8);
            String title = m.group(inline ? 5 : 9);
            String url = path.startsWith("#") || SCHEME.matcher(path).find() ? null : target(path, folder, urls);
            if (url == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String link = url + (fragment == null ? "" : fragment) + (title == null ? "" : title);
            m.appendReplacement(out, Matcher.quoteReplacement(inline ? "[" + text + "](" + link + ")"
                    : "\n[" + text + "]: " + link));
        }
        return m.appendTail(out).toString();
    }

    /** The URL (with the site's baseurl, as relative_url gives it) of the file a link points at. */
    private String target(String path, String folder, Map<String, String> urls) {
        boolean absolute = path.startsWith("/");
        String relative = absolute ? path.substring(1) : path;
        Path resolved = Path.of(absolute ? "/" : "/" + folder).resolve(relative).normalize();
        String fromRoot = resolved.toString().replace('\\', '/').replaceFirst("^/", "");
        String decoded;
        try {
            decoded = URLDecoder.decode(fromRoot, StandardCharsets.UTF_8); // CGI.unescape, '+' included
        } catch (IllegalArgumentException e) {
            return null;
        }
        String url = urls.get(decoded);
        return url == null ? null : config.baseurl() + url;
    }

    // ---- shared

    private Page with(Page page, String key, Object value) {
        return new Page(page.source(), page.contentPath(), withValue(page.frontMatter(), key, value), page.body(),
                page.bodyLine(), page.url(), page.outputPath(), page.collection(), page.date(), page.written());
    }

    private static FrontMatter withValue(FrontMatter fm, String key, Object value) {
        Map<String, Object> values = new LinkedHashMap<>(fm.values());
        values.put(key, value);
        String title = key.equals("title") ? (value == null ? "" : String.valueOf(value)) : fm.title();
        String layout = key.equals("layout") ? String.valueOf(value) : fm.layout();
        return new FrontMatter(title, layout, fm.permalink(), fm.published(), fm.draft(), fm.order(), values,
                fm.layoutLine(), fm.permalinkLine(), fm.orderLine(), fm.redirectFromLine());
    }

    private Object option(String plugin, String key) {
        return config.values().get(plugin) instanceof Map<?, ?> map ? map.get(key) : null;
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    private static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
