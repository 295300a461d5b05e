package dev.hyde.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugins a Jekyll site's {@code Gemfile} turns on without naming them in {@code _config.yml}:
 * Bundler requires every gem of the {@code :jekyll_plugins} group when Jekyll starts, and the
 * {@code github-pages} gem turns on the plugins GitHub Pages runs for every site. The Gemfile is
 * read as text, line by line, never run: {@code gem "name"} inside {@code group :jekyll_plugins do
 * ... end}, or with {@code group: :jekyll_plugins} on its own line; {@code gem "github-pages"}
 * anywhere.
 */
public final class GemfilePlugins {
    /** The gem that stands for all of GitHub Pages' default plugins. */
    public static final String GITHUB_PAGES = "github-pages";
    /**
     * The plugins GitHub Pages turns on for every site (github-pages' DEFAULT_PLUGINS) that Hyde
     * builds in; jekyll-coffeescript, jekyll-gist and jekyll-paginate's other half are not among them.
     */
    public static final List<String> GITHUB_PAGES_DEFAULTS = List.of("jekyll-github-metadata",
            "jekyll-optional-front-matter", "jekyll-readme-index", "jekyll-default-layout",
            "jekyll-titles-from-headings", "jekyll-relative-links");

    private static final Pattern GEM = Pattern.compile("^\\s*gem\\s*\\(?\\s*[\"']([^\"']+)[\"'](.*)$");
    private static final Pattern GROUP_START = Pattern.compile("^\\s*group\\b(.*)\\bdo\\s*(\\|.*\\|)?\\s*(#.*)?$");
    /** Any other line that opens a block closed by 'end': 'platforms :ruby do', 'if ENV[...]' and the like. */
    private static final Pattern BLOCK_START =
            Pattern.compile("\\bdo\\s*(\\|[^|]*\\|)?\\s*(#.*)?$|^\\s*(if|unless|case|begin|while|until|def|class|module)\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(#.*)?$");
    private static final Pattern JEKYLL_PLUGINS = Pattern.compile(":jekyll_plugins\\b|[\"']jekyll_plugins[\"']");

    private GemfilePlugins() {
    }

    /** The plugin names the Gemfile at the site root turns on; empty without a Gemfile. */
    public static Set<String> read(Path siteRoot) {
        Path gemfile = siteRoot.resolve("Gemfile");
        if (!Files.isRegularFile(gemfile)) {
            return Set.of();
        }
        try {
            return parse(Files.readString(gemfile, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Set.of(); // Jekyll would fail in Bundler; Hyde builds with the _config.yml list only
        }
    }

    static Set<String> parse(String text) {
        Set<String> plugins = new LinkedHashSet<>();
        // one entry per open block: whether it is the jekyll_plugins group
        java.util.Deque<Boolean> blocks = new java.util.ArrayDeque<>();
        for (String line : text.split("\\R")) {
            String code = line.strip();
            if (code.startsWith("#")) {
                continue;
            }
            Matcher gem = GEM.matcher(line);
            if (gem.find()) {
                String name = gem.group(1);
                boolean inGroup = blocks.contains(Boolean.TRUE) || JEKYLL_PLUGINS.matcher(gem.group(2)).find();
                if (name.equals(GITHUB_PAGES)) {
                    plugins.add(GITHUB_PAGES);
                    plugins.addAll(GITHUB_PAGES_DEFAULTS);
                } else if (inGroup) {
                    plugins.add(name);
                }
                if (BLOCK_START.matcher(gem.group(2)).find()) {
                    blocks.push(Boolean.FALSE);
                }
                continue;
            }
            Matcher group = GROUP_START.matcher(line);
            if (group.find()) {
                blocks.push(JEKYLL_PLUGINS.matcher(group.group(1)).find());
            } else if (BLOCK_START.matcher(line).find()) {
                blocks.push(Boolean.FALSE);
            } else if (END.matcher(line).find() && !blocks.isEmpty()) {
                blocks.pop();
            }
        }
        return plugins;
    }
}
