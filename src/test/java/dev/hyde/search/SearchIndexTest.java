package dev.hyde.search;

import dev.hyde.TestSite;
import dev.hyde.compare.MiniJson;
import dev.hyde.diag.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index files a build writes, read back as the theme's script reads them. */
class SearchIndexTest {

    /** A section a term leads to: the page, heading and anchor search.js would show and open. */
    private record Hit(String url, String title, String heading, String anchor, String text, int weight) {
    }

    private static Object json(Path site, String path) {
        try {
            return MiniJson.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(Path site) {
        return (Map<String, Object>) json(site, SearchIndex.MANIFEST);
    }

    /** The sections holding a term, as search.js decodes them; empty when the term is not indexed. */
    @SuppressWarnings("unchecked")
    private static List<Hit> hits(Path site, String term) {
        Map<String, Object> manifest = manifest(site);
        String key = SearchIndex.shardKey(term);
        if (!((List<Object>) manifest.get("shards")).contains(key)) {
            return List.of();
        }
        Map<String, Object> shard = (Map<String, Object>) json(site,
                SearchIndex.FOLDER + "t/" + SearchIndex.fileName(key) + ".json");
        List<Object> postings = (List<Object>) shard.get(term);
        if (postings == null) {
            return List.of();
        }
        int chunk = ((Number) manifest.get("chunk")).intValue();
        List<Hit> hits = new ArrayList<>();
        long id = 0;
        for (int i = 1; i < postings.size(); i += 2) {
            id += ((Number) postings.get(i)).longValue();
            List<Object> doc = (List<Object>) ((List<Object>) json(site,
                    SearchIndex.FOLDER + "d/" + (id / chunk) + ".json")).get((int) (id % chunk));
            hits.add(new Hit((String) doc.get(0), (String) doc.get(1), (String) doc.get(2), (String) doc.get(3),
                    (String) doc.get(4), ((Number) postings.get(i + 1)).intValue()));
        }
        return hits;
    }

    @Test
    void thisRepositorysSiteFindsUlimitInTheTroubleshootingGuideUnderItsHeading() {
        TestSite site = TestSite.buildIn(Path.of("").toAbsolutePath());
        List<Hit> hits = hits(site.site(), "ulimit");
        assertEquals(1, hits.size(), hits::toString);
        Hit hit = hits.get(0);
        assertEquals("/troubleshooting/", hit.url());
        assertEquals("Troubleshooting Guide", hit.title());
        assertEquals("Envoy is crashing under load", hit.heading());
        // the anchor is the heading's id in the page as built
        Document page = site.html("troubleshooting/index.html");
        assertEquals("Envoy is crashing under load", page.getElementById(hit.anchor()).text());
        assertTrue(hit.text().startsWith("Check your ulimit -a."), hit.text());
        // the sidebar, header and footer of every page are not indexed: "documentation" is the
        // sidebar's label on every page, in no page's text
        Document search = site.html("index.html");
        assertNotNull(search.selectFirst("header .search[role=search][data-search-index='/assets/hyde/search/index.json']"));
        assertNotNull(search.selectFirst("script[src='/assets/js/search.js']"));
    }

    @Test
    void titlesAndHeadingsWeighMoreThanText() {
        TestSite site = TestSite.build("""
                -- content/index.md --
                ---
                title: Home
                ---
                Kubernetes is mentioned once here.
                -- content/kubernetes.md --
                ---
                title: Kubernetes
                ---
                Intro.

                ## Install on Kubernetes

                Steps.

                ### Upgrade

                Upgrade kubernetes clusters &amp; nodes.
                """);
        List<Hit> hits = hits(site.site(), "kubernetes");
        Map<String, Integer> weights = new java.util.TreeMap<>();
        hits.forEach(h -> weights.put(h.url() + "#" + h.anchor(), h.weight()));
        assertEquals(Map.of("/#", 1, "/kubernetes/#", PageText.TITLE_WEIGHT,
                "/kubernetes/#install-on-kubernetes", PageText.TITLE_IN_SECTION_WEIGHT + PageText.HEADING_WEIGHT,
                "/kubernetes/#upgrade", PageText.TITLE_IN_SECTION_WEIGHT + 1), weights);
        assertEquals("Upgrade kubernetes clusters & nodes.",
                hits.stream().filter(h -> h.anchor().equals("upgrade")).findFirst().orElseThrow().text());
        // stop words are not indexed, and the manifest tells the script which they are
        assertTrue(hits(site.site(), "the").isEmpty());
        assertTrue(((List<?>) manifest(site.site()).get("stop")).contains("the"));
    }

    @Test
    void cjkTextIsIndexedAsCharacterPairs() {
        TestSite site = TestSite.build("""
                -- content/zh.md --
                ---
                title: 搜索
                ---
                ## 配置服务器

                本地搜索不需要服务。サーバーの設定。
                """);
        // 配置服务器 -> 配置 置服 服务 务器; a title of two characters is one pair
        assertEquals("配置服务器", hits(site.site(), "服务").get(0).heading());
        assertEquals(List.of("/zh/"), hits(site.site(), "搜索").stream().map(Hit::url).distinct().toList());
        // Katakana with its prolonged sound mark stays one run: サー ーバ バー ーの
        assertFalse(hits(site.site(), "ーバ").isEmpty());
        assertTrue(hits(site.site(), "配服").isEmpty(), "only neighbouring characters make a pair");
        // a CJK pair's shard is its first character, named by its code point
        assertTrue(Files.isRegularFile(site.site().resolve(SearchIndex.FOLDER + "t/_914d.json")));
        assertTrue(site.result().diagnostics().isEmpty(), () -> site.result().diagnostics().toString());
    }

    @Test
    void textInAScriptWithoutWordRulesIsAWarningWithItsLine() {
        TestSite site = TestSite.build("""
                -- content/th.md --
                ---
                title: Thai
                ---
                English first.

                ภาษาไทยไม่มีช่องว่างระหว่างคำ
                """);
        List<Diagnostic> warnings = site.result().diagnostics();
        assertEquals(1, warnings.size(), warnings::toString);
        Diagnostic warning = warnings.get(0);
        assertFalse(warning.isError());
        assertEquals("Text in Thai script is not indexed for search", warning.title());
        assertEquals("content/th.md", warning.file());
        assertEquals(6, warning.line());
        assertFalse(warning.hint().isEmpty());
        assertFalse(hits(site.site(), "english").isEmpty(), "the rest of the page is indexed");
    }

    @Test
    void aPageTooLargeIsIndexedFromItsStartWithAWarningAtTheCut() {
        StringBuilder body = new StringBuilder("Beginning word aardvark.\n\n");
        int line = 6;
        int lineOfCut = 0;
        int chars = "Beginning word aardvark.".length();
        for (int i = 0; chars < PageText.MAX_CHARS + 10_000; i++) {
            String paragraph = "Paragraph number" + i + " with filler text to make the page long enough.";
            if (lineOfCut == 0 && chars + paragraph.length() > PageText.MAX_CHARS) {
                lineOfCut = line + 2 * i + 2;
            }
            body.append(paragraph).append("\n\n");
            chars += paragraph.length() + 1;
        }
        body.append("Final word zebrafish.\n");
        TestSite site = TestSite.build("-- content/big.md --\n---\ntitle: Big\n---\n" + body);
        List<Diagnostic> warnings = site.result().diagnostics();
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("Page too large to index whole for search", warnings.get(0).title());
        assertEquals("content/big.md", warnings.get(0).file());
        assertTrue(Math.abs(warnings.get(0).line() - lineOfCut) <= 2,
                "the warning points at the line where indexing stopped, near " + lineOfCut + ": " + warnings.get(0).line());
        assertFalse(hits(site.site(), "aardvark").isEmpty());
        assertTrue(hits(site.site(), "zebrafish").isEmpty());
    }

    @Test
    void aCommonTermKeepsItsHeaviestSectionsAndItsTrueFrequency() {
        StringBuilder body = new StringBuilder();
        int sections = SearchIndex.POSTINGS + 200;
        for (int i = 0; i < sections; i++) {
            body.append("## Part ").append(i).append(i % 2 == 0 ? " common" : "").append("\n\nSome common text.\n\n");
        }
        TestSite site = TestSite.build("-- content/many.md --\n---\ntitle: Many\n---\n" + body);
        List<Hit> hits = hits(site.site(), "common");
        assertEquals(SearchIndex.POSTINGS, hits.size());
        // every section whose heading says it (600) is kept before those whose text only does
        assertEquals(sections / 2, hits.stream().filter(h -> h.heading().endsWith("common")).count());
        @SuppressWarnings("unchecked")
        Map<String, Object> shard = (Map<String, Object>) json(site.site(), SearchIndex.FOLDER + "t/co.json");
        assertEquals((long) sections, ((List<?>) shard.get("common")).get(0), "document frequency counts every section");
    }

    @Test
    void searchFalseLeavesOutTheIndexAndTheBox() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                search: false
                -- content/index.md --
                ---
                title: Home
                ---
                Text.
                """);
        assertFalse(Files.exists(site.site().resolve(SearchIndex.MANIFEST)));
        Document page = site.html("index.html");
        assertNull(page.selectFirst(".search"));
        assertNull(page.selectFirst("script[src$='search.js']"));
    }

    @Test
    void aPageCanLeaveItselfOut() {
        TestSite site = TestSite.build("""
                -- content/index.md --
                ---
                title: Home
                ---
                Visible word walrus.
                -- content/secret.md --
                ---
                title: Secret
                search: false
                ---
                Hidden word narwhal.
                """);
        assertFalse(hits(site.site(), "walrus").isEmpty());
        assertTrue(hits(site.site(), "narwhal").isEmpty());
        assertTrue(hits(site.site(), "found").isEmpty(), "the theme's 404 page is not searched");
    }
}
