package dev.hyde.config;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which plugins a Gemfile turns on: Bundler requires the jekyll_plugins group when Jekyll starts. */
class GemfilePluginsTest {

    @Test
    void theGemfileJekyllNewWritesTurnsOnItsGroupOnly() {
        // the Gemfile 'jekyll new' writes (Jekyll 4.3), with one plugin added to the group
        assertEquals(Set.of("jekyll-feed", "jekyll-relative-links"), GemfilePlugins.parse("""
                source "https://rubygems.org"
                gem "jekyll", "~> 4.3.1"
                gem "minima", "~> 2.5"
                # gem "github-pages", group: :jekyll_plugins
                group :jekyll_plugins do
                  gem "jekyll-feed", "~> 0.12"
                  gem "jekyll-relative-links"
                end
                platforms :mingw, :x64_mingw, :mswin, :jruby do
                  gem "tzinfo", ">= 1", "< 3"
                  gem "tzinfo-data"
                end
                gem "wdm", "~> 0.1.1", :platforms => [:mingw, :x64_mingw, :mswin]
                gem "http_parser.rb", "~> 0.6.0", :platforms => [:jruby]
                gem "jekyll-sitemap"
                """));
    }

    @Test
    void groupOptionsOnTheGemLineAndTheGithubPagesGem() {
        assertEquals(Set.of("jekyll-sitemap", "jekyll-seo-tag"), GemfilePlugins.parse("""
                gem 'jekyll-sitemap', :group => :jekyll_plugins
                gem "jekyll-seo-tag", group: [:jekyll_plugins, :development]
                if ENV["CI"]
                  gem "rake"
                end
                gem "jekyll-feed"
                """));
        Set<String> all = GemfilePlugins.parse("gem \"github-pages\", \"~> 228\"\n");
        assertTrue(all.containsAll(GemfilePlugins.GITHUB_PAGES_DEFAULTS));
        assertTrue(all.contains("github-pages"));
    }
}
