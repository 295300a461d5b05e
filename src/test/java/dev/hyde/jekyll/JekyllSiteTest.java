package dev.hyde.jekyll;

import dev.hyde.TestSite;
import dev.hyde.config.SourceKind;
import dev.hyde.diag.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small Jekyll sites, unchanged, built as Jekyll builds them. */
class JekyllSiteTest {

    private static final String LAYOUTS = """
            -- _layouts/base.html --
            <!DOCTYPE html><html><head><title>{{ page.title }} | {{ site.title }}</title></head><body>{{ content }}</body></html>
            -- _layouts/default.html --
            ---
            layout: base
            kind: doc
            ---
            <main class="{{ layout.kind }}">{{ content }}</main>
            """;

    @Test
    void detectsTheJekyllLayoutAndRendersLiquidLayoutChains() {
        TestSite site = TestSite.build(LAYOUTS + """
                -- _config.yml --
                title: Old Site
                -- index.md --
                ---
                title: Home
                layout: default
                ---
                Hello **{{ site.title }}**
                """);
        assertEquals(SourceKind.JEKYLL, site.result().source());
        assertTrue(site.site().endsWith("_site"));
        Document html = site.html("index.html");
        assertEquals("Home | Old Site", html.title());
        assertEquals("Old Site", html.expectFirst("main.doc strong").text());
    }

    @Test
    void pagesGetJekyllsUrlsAndPagesWithoutLayoutGetNone() {
        TestSite site = TestSite.build(LAYOUTS + """
                -- _config.yml --
                title: S
                -- about/index.md --
                ---
                title: About
                ---
                [me]({{ page.url }})
                -- faq.md --
                ---
                title: FAQ
                ---
                at {{ page.url }}
                -- feed.xml --
                ---
                ---
                <feed>{{ site.title }}</feed>
                """);
        assertEquals("/about/", site.html("about/index.html").expectFirst("a").attr("href"));
        assertEquals("<p>at /faq.html</p>\n", site.text("faq.html"));
        assertEquals("<feed>S</feed>\n", site.text("feed.xml"));
    }

    @Test
    void aPageCanAskForItsLiquidToBeShownAsWritten() {
        TestSite site = TestSite.build(LAYOUTS + """
                -- _config.yml --
                title: S
                -- liquid.md --
                ---
                title: Liquid
                layout: default
                render_with_liquid: false
                ---
                Write `{{ site.title }}` and {% if x %}*this*{% endif %}.
                -- rendered.md --
                ---
                title: Rendered
                layout: default
                ---
                Write `{{ site.title }}`.
                """);
        Document shown = site.html("liquid.html");
        assertEquals("{{ site.title }}", shown.expectFirst("main code").text());
        assertEquals("Write {{ site.title }} and {% if x %}this{% endif %}.", shown.expectFirst("main p").text());
        assertEquals("Liquid | S", shown.title(), "the layouts still render");
        assertEquals("S", site.html("rendered.html").expectFirst("main code").text());
    }

    @Test
    void filteringFollowsJekyll() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                exclude: [README.md, scripts/, "drafts/*.md"]
                include: [.well-known]
                -- README.md --
                ---
                ---
                readme
                -- scripts/build.sh --
                echo
                -- drafts/a.md --
                ---
                ---
                draft
                -- .hidden.txt --
                x
                -- .well-known/security.txt --
                contact
                -- _notes/x.md --
                ---
                ---
                x
                -- img/logo.svg --
                <svg/>
                """);
        assertTrue(site.exists("img/logo.svg"));
        assertTrue(site.exists(".well-known/security.txt"));
        for (String left : List.of("README.html", "scripts/build.sh", "drafts/a.html", ".hidden.txt", "_notes/x.html")) {
            assertFalse(site.exists(left), left);
        }
    }

    @Test
    void collectionsAreListedWithRenderedContentAndWrittenOnlyWhenOutput() {
        TestSite site = TestSite.build(LAYOUTS + """
                -- _config.yml --
                collections:
                  docs:
                    output: true
                  faq:
                    output: false
                -- _docs/setup/index.md --
                ---
                title: Setup
                layout: default
                ---
                Set *up*.
                -- _faq/why.md --
                ---
                title: Why?
                order: 2
                ---
                Because **reasons**.
                -- faq.html --
                ---
                title: FAQ
                ---
                {% for q in site.faq %}<div class="q" data-path="{{ q.path }}">{{ q.title }}: {{ q.content }}</div>{% endfor %}
                {% for d in site.docs %}<a href="{{ d.url }}">{{ d.title }}</a>{% endfor %}
                """);
        Document faq = site.html("faq.html");
        assertEquals("_faq/why.md", faq.expectFirst("div.q").attr("data-path"));
        assertEquals("reasons", faq.expectFirst("div.q strong").text());
        assertEquals("/docs/setup/index.html", faq.expectFirst("a").attr("href"));
        assertEquals("up", site.html("docs/setup/index.html").expectFirst("main em").text());
        assertFalse(site.exists("faq/why.html"));
    }

    /**
     * Jekyll 4.3.1 renders documents collection by collection in the configuration's order, each
     * seeing the ones before it rendered and the rest as source; pages come after all of them.
     * The expected texts are what Jekyll 4.3.1 builds from these files.
     */
    @Test
    void documentsRenderInTheOrderJekyllRendersThem() {
        TestSite site = TestSite.build(LAYOUTS + """
                -- _config.yml --
                collections:
                  guides:
                    output: true
                  glossary:
                    output: true
                -- _glossary/mesh.md --
                ---
                layout: default
                title: Mesh
                ---
                The *mesh* is {{ page.title | upcase }}.
                -- _glossary/zz-back.md --
                ---
                layout: default
                ---
                {% for g in site.guides %}<div class="g">{{ g.content | strip }}</div>{% endfor %}
                -- _guides/terms.md --
                ---
                layout: default
                ---
                {% for w in site.glossary %}<div class="t">{{ w.content }}</div>
                {% endfor %}
                -- index.md --
                ---
                layout: default
                ---
                {% for w in site.glossary %}<div class="p">{{ w.content }}</div>
                {% endfor %}
                """);
        // The guide came first: the glossary was not rendered yet, so it lists the source.
        Document terms = site.html("guides/terms.html");
        assertEquals(List.of("The *mesh* is {{ page.title | upcase }}.",
                        "{% for g in site.guides %} {{ g.content | strip }} {% endfor %}"),
                terms.select("div.t").eachText());
        // The glossary came after the guides: it lists the guide rendered.
        Document back = site.html("glossary/zz-back.html");
        assertEquals("The *mesh* is {{ page.title | upcase }}.", back.expectFirst("div.g div.t").text());
        // Pages come after every document.
        Document home = site.html("index.html");
        assertEquals("mesh", home.expectFirst("div.p em").text());
        assertEquals("The *mesh* is {{ page.title | upcase }}.", home.expectFirst("div.p div.g div.t").text());
    }

    /** Jekyll 4.3.1's link and post_url tags give the target's URL with the base URL (its output for these files). */
    @Test
    void linkAndPostUrlTagsGiveTheTargetsUrl() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                baseurl: /docs
                collections:
                  guides:
                    output: true
                -- _guides/install.md --
                ---
                title: Install
                ---
                Install.
                -- _posts/2017-05-24-hello.md --
                ---
                title: Hello
                ---
                Hi.
                -- _posts/news/2018-01-02-later.md --
                ---
                title: Later
                ---
                Later.
                -- about.md --
                ---
                title: About
                ---
                About.
                -- files/guide.pdf --
                pdf
                -- index.html --
                ---
                target: about.md
                ---
                <a id="g" href="{% link _guides/install.md %}">g</a>
                <a id="a" href="{% link {{ page.target }} %}">a</a>
                <a id="f" href="{% link files/guide.pdf %}">f</a>
                <a id="p" href="{% post_url 2017-05-24-hello %}">p</a>
                <a id="n" href="{% post_url news/2018-01-02-later %}">n</a>
                """);
        Document home = site.html("index.html");
        assertEquals("/docs/guides/install.html", home.expectFirst("#g").attr("href"));
        assertEquals("/docs/about.html", home.expectFirst("#a").attr("href"));
        assertEquals("/docs/files/guide.pdf", home.expectFirst("#f").attr("href"));
        assertEquals("/docs/2017/05/24/hello.html", home.expectFirst("#p").attr("href"));
        assertEquals("/docs/2018/01/02/later.html", home.expectFirst("#n").attr("href"));
    }

    @Test
    void aLinkTagToNothingIsAnErrorAtItsLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: x
                -- index.html --
                ---
                ---
                <p>fine</p>
                <a href="{% link _guides/instal.md %}">g</a>
                """);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("index.html", errors.get(0).file());
        assertEquals(4, errors.get(0).line());
        assertEquals("Link target not found: _guides/instal.md", errors.get(0).title());
    }

    /**
     * jekyll-seo-tag 2.8.0 titles a page without its own title "site | description", and the posts
     * collection's permalink in collections: wins over the default; both as Jekyll 4.3.1 builds them.
     */
    @Test
    void seoTitleOfAnUntitledPageAndThePostsCollectionsPermalink() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Doc Theme
                description: >
                  Templates for project
                  websites.
                plugins: [jekyll-seo-tag]
                collections:
                  posts:
                    permalink: /blog/:year/:month/:day/:title/
                -- _posts/2017-05-03-hello.md --
                ---
                title: Hello
                ---
                Hi.
                -- index.html --
                ---
                ---
                <html><head>{% seo %}</head><body>{% for p in site.posts %}<a href="{{ p.url }}">x</a>{% endfor %}</body></html>
                -- about.html --
                ---
                title: About
                ---
                <html><head>{% seo %}</head><body></body></html>
                """);
        assertEquals("Doc Theme | Templates for project websites.", site.html("index.html").title());
        assertEquals("About | Doc Theme", site.html("about.html").title());
        assertEquals("/blog/2017/05/03/hello/", site.html("index.html").expectFirst("a").attr("href"));
        assertTrue(site.exists("blog/2017/05/03/hello/index.html"));
    }

    /** A document's neighbours and join on nested lists, as Jekyll 4.3.1 builds these files. */
    @Test
    void documentsKnowTheirNeighboursAndJoinFlattensNestedLists() {
        TestSite site = TestSite.build("""
                -- _layouts/post.html --
                <main>{{ content }}</main><p class="prev">{{ page.previous.title }}</p><p class="next">{{ page.next.title }}</p>
                -- _posts/2017-01-01-first.md --
                ---
                title: First
                layout: post
                ---
                One.
                -- _posts/2017-02-01-second.md --
                ---
                title: Second
                layout: post
                ---
                Two.
                -- _posts/2017-03-01-third.md --
                ---
                title: Third
                layout: post
                ---
                Three.
                -- _data/docs.yml --
                - title: Start
                  docs: [home, install]
                - title: Use
                  docs: [config]
                -- index.html --
                ---
                ---
                <p id="docs">{{ site.data.docs | map: 'docs' | join: ',' }}</p>
                """);
        Document second = site.html("2017/02/01/second.html");
        assertEquals("First", second.expectFirst("p.prev").text());
        assertEquals("Third", second.expectFirst("p.next").text());
        assertEquals("", site.html("2017/01/01/first.html").expectFirst("p.prev").text());
        assertEquals("home,install,config", site.html("index.html").expectFirst("#docs").text());
    }

    /** jekyll-feed's feed_meta and jekyll-avatar's avatar tags write what Jekyll 4.3.1 with the plugins wrote here. */
    @Test
    void feedMetaAndAvatarTagsWriteWhatThePluginsWrite() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: "Jekyll • Simple & blog"
                url: https://jekyllrb.com
                plugins: [jekyll-avatar, jekyll-feed]
                -- index.html --
                ---
                author: parkr
                ---
                {% feed_meta %}
                {% avatar benbalter %}
                {% avatar @mojombo size=60 %}
                {% avatar user=page.author size=20 lazy=true %}
                """);
        String jekyll = """
                <link type="application/atom+xml" rel="alternate" href="https://jekyllrb.com/feed.xml" title="Jekyll • Simple &amp; blog" />
                <img class="avatar avatar-small" alt="benbalter" width="40" height="40" data-proofer-ignore="true" \
                src="https://avatars3.githubusercontent.com/benbalter?v=3&s=40" \
                srcset="https://avatars3.githubusercontent.com/benbalter?v=3&s=40 1x, https://avatars3.githubusercontent.com/benbalter?v=3&s=80 2x, \
                https://avatars3.githubusercontent.com/benbalter?v=3&s=120 3x, https://avatars3.githubusercontent.com/benbalter?v=3&s=160 4x" />
                <img class="avatar" alt="mojombo" width="60" height="60" data-proofer-ignore="true" \
                src="https://avatars3.githubusercontent.com/mojombo?v=3&s=60" \
                srcset="https://avatars3.githubusercontent.com/mojombo?v=3&s=60 1x, https://avatars3.githubusercontent.com/mojombo?v=3&s=120 2x, \
                https://avatars3.githubusercontent.com/mojombo?v=3&s=180 3x, https://avatars3.githubusercontent.com/mojombo?v=3&s=240 4x" />
                <img class="avatar avatar-small" alt="parkr" width="20" height="20" data-proofer-ignore="true" src="" \
                data-src="https://avatars2.githubusercontent.com/parkr?v=3&s=20" \
                data-srcset="https://avatars2.githubusercontent.com/parkr?v=3&s=20 1x, https://avatars2.githubusercontent.com/parkr?v=3&s=40 2x, \
                https://avatars2.githubusercontent.com/parkr?v=3&s=60 3x, https://avatars2.githubusercontent.com/parkr?v=3&s=80 4x" />
                """;
        assertEquals(jekyll, site.text("index.html"));
    }

    /** Jekyll reads a _posts folder in any folder; its path gives the posts' first categories (Jekyll 4.3.1's URLs). */
    @Test
    void postsInAFoldersOwnPostsFolderTakeItsPathAsCategories() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: News
                -- en/news/_posts/2020-01-02-hello.md --
                ---
                title: Hello
                categories: [release]
                date: 2020-01-02 5:00:00 +0000
                ---
                Hi.
                -- _drafts/ignored.md --
                ---
                title: Draft
                ---
                -- _private/_posts/2020-01-03-hidden.md --
                ---
                title: Hidden
                ---
                -- index.html --
                ---
                ---
                {% for p in site.posts %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}
                """);
        assertEquals(List.of("/en/news/release/2020/01/02/hello.html"),
                site.html("index.html").select("a").eachAttr("href"));
        assertTrue(site.exists("en/news/release/2020/01/02/hello.html"));
    }

    /** Math filters read text as Ruby does, and site.html_pages lists the HTML pages: Jekyll 4.3.1's output for these files. */
    @Test
    void mathOnTextAndHtmlPagesAsJekyllHasThem() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: x
                -- feed.xml --
                ---
                ---
                feed
                -- a.md --
                ---
                title: A
                ---
                A
                -- index.html --
                ---
                ---
                [{{ "<" | times: 2 }}|{{ "12px" | plus: 1 }}|{{ 5 | minus: "x" }}|{{ "2.5" | times: 2 }}|{{ site.html_pages | size }}|{% for p in site.html_pages %}{{ p.url }};{% endfor %}]
                """);
        assertEquals("[0|13|5|5.0|2|/a.html;/;]\n", site.text("index.html"));
    }

    /** relative_url and absolute_url as Jekyll 4.3.1 gives them for these inputs. */
    @Test
    void relativeAndAbsoluteUrlsAsJekyllMakesThem() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                baseurl: "/jtd"
                url: "https://ex.io"
                -- index.html --
                ---
                ---
                [{{ "/" | relative_url }}|{{ "" | relative_url }}|{{ "a/" | relative_url }}|{{ "/docs/" | absolute_url }}|\
                {{ "https://a.b/c" | absolute_url }}|{{ "x" | absolute_url }}|{{ "/" | absolute_url }}|{{ "a b" | relative_url }}]
                """);
        assertEquals("[/jtd/|/jtd|/jtd/a/|https://ex.io/jtd/docs/|https://a.b/c|https://ex.io/jtd/x|https://ex.io/jtd/|/jtd/a%20b]\n",
                site.text("index.html"));
    }

    /** A site reached through a symbolic link to its folder still finds the _posts folders inside it. */
    @Test
    void postsFoldersAreFoundThroughALinkedRoot() throws java.io.IOException {
        java.nio.file.Path real = TestSite.write("""
                -- _config.yml --
                title: News
                -- en/news/_posts/2020-01-02-hello.md --
                ---
                title: Hello
                ---
                Hi.
                """);
        java.nio.file.Path link = real.resolveSibling(real.getFileName() + "-link");
        java.nio.file.Files.createSymbolicLink(link, real);
        dev.hyde.pipeline.BuildResult result = dev.hyde.Hyde.build(dev.hyde.pipeline.BuildOptions.of(link).withTime(TestSite.TIME));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        assertTrue(java.nio.file.Files.isRegularFile(result.destination().resolve("en/news/2020/01/02/hello.html")));
    }

    /** A line of one span-level tag starts a paragraph, as kramdown reads it (Jekyll 4.3.1's output for this page). */
    @Test
    void aSpanLevelTagLineStartsAParagraphAndAHeadingEndsIt() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: x
                -- index.md --
                ---
                ---
                <a name="headers"/>
                ## Headers

                <span class="x">inline *em*</span>
                more text

                <!-- a comment -->

                <img src="a.png">
                """);
        Document page = site.html("index.html");
        assertEquals("headers", page.expectFirst("h2").id());
        assertEquals("Headers", page.expectFirst("h2").text());
        assertEquals("headers", page.expectFirst("p > a[name]").attr("name"));
        assertEquals("em", page.expectFirst("p > span.x > em").text());
        assertEquals("a.png", page.expectFirst("p > img").attr("src"));
        assertTrue(site.text("index.html").contains("<!-- a comment -->\n"), "a comment stays a block");
    }

    @Test
    void postsTakeTheirDateFromTheFileNameAndHaveExcerptsAndIds() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                excerpt_separator: <!--more-->
                -- _posts/2017-05-24-hello.md --
                ---
                title: Hello
                ---
                First *part*.
                <!--more-->
                Rest.
                -- _posts/2017-06-14-later.md --
                ---
                title: Later
                permalink: /blog/later.html
                excerpt_separator: <!--cut-->
                ---
                Later.
                <!--more-->
                Still the excerpt.
                <!--cut-->
                Not in it.
                -- blog.html --
                ---
                ---
                {% for p in site.posts %}<article id="{{ p.id }}" data-url="{{ p.url }}" data-date="{{ p.date | date: '%Y-%m-%d' }}">{{ p.excerpt }}</article>{% endfor %}
                """);
        Document blog = site.html("blog.html");
        List<String> ids = blog.select("article").eachAttr("id");
        assertEquals(List.of("/blog/later", "/2017/05/24/hello"), ids);
        assertEquals("/2017/05/24/hello.html", blog.select("article").get(1).attr("data-url"));
        assertEquals("2017-05-24", blog.select("article").get(1).attr("data-date"));
        assertEquals("part", blog.select("article").get(1).expectFirst("em").text());
        assertFalse(blog.select("article").get(1).text().contains("Rest"));
        assertTrue(blog.select("article").get(0).text().contains("Still the excerpt"), "a post's own separator wins");
        assertFalse(blog.select("article").get(0).text().contains("Not in it"));
        assertTrue(site.exists("2017/05/24/hello.html"));
        assertTrue(site.exists("blog/later.html"));
    }

    @Test
    void paginationWritesTheIndexOncePerPageOfPosts() {
        StringBuilder files = new StringBuilder("""
                -- _config.yml --
                paginate: 2
                paginate_path: "/blog/page:num/"
                -- blog/index.html --
                ---
                ---
                <ol>{% for p in paginator.posts %}<li>{{ p.title }}</li>{% endfor %}</ol>
                <p id="nav">{{ paginator.page }}/{{ paginator.total_pages }} {{ paginator.next_page_path }} {{ paginator.previous_page_path }}</p>
                <p id="counts">{{ paginator.total_posts }} {{ paginator.per_page }} {{ paginator.previous_page | default: "-" }} {{ paginator.next_page | default: "-" }}</p>
                -- _posts/2017-01-09-unpublished.md --
                ---
                title: Unpublished
                published: false
                ---
                not listed
                """);
        for (int i = 1; i <= 5; i++) {
            files.append("-- _posts/2017-01-0").append(i).append("-p").append(i).append(".md --\n---\ntitle: P")
                    .append(i).append("\n---\nx\n");
        }
        TestSite site = TestSite.build(files.toString());
        assertEquals(List.of("P5", "P4"), site.html("blog/index.html").select("li").eachText());
        assertEquals("1/3 /blog/page2/", site.html("blog/index.html").expectFirst("#nav").text());
        assertEquals(List.of("P3", "P2"), site.html("blog/page2/index.html").select("li").eachText());
        assertEquals("2/3 /blog/page3/ /blog/", site.html("blog/page2/index.html").expectFirst("#nav").text());
        assertEquals(List.of("P1"), site.html("blog/page3/index.html").select("li").eachText());
        assertEquals("5 2 - 2", site.html("blog/index.html").expectFirst("#counts").text());
        assertEquals("5 2 1 3", site.html("blog/page2/index.html").expectFirst("#counts").text());
        assertEquals("5 2 2 -", site.html("blog/page3/index.html").expectFirst("#counts").text());
        assertFalse(site.exists("blog/page4/index.html"));
    }

    /** Two pages redirecting from one address: Jekyll 4.3.1 writes the later page's redirect; Hyde too, with a warning. */
    @Test
    void twoRedirectsFromOneAddressKeepTheLaterOne() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                gems: [jekyll-redirect-from]
                -- a.md --
                ---
                title: A
                redirect_from: /old.html
                ---
                A
                -- b.md --
                ---
                title: B
                redirect_from: /old.html
                ---
                B
                """);
        assertEquals("/b.html", site.html("old.html").expectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("Two pages redirect from the same address: /old.html"),
                site.result().warnings().stream().map(Diagnostic::title).toList());
    }

    /** A delimiter inside a quoted string is text: Jekyll 4.3.1 prints these braces. */
    @Test
    void bracesInAQuotedStringArePrinted() {
        TestSite site = TestSite.build("""
                -- index.md --
                ---
                ---
                Use `{{ "{{" }}` and {{ "{%" }}.
                """);
        assertEquals("Use {{ and {%.", site.html("index.html").expectFirst("p").text());
    }

    /** Post dates move into the site's zone and category joins categories: Jekyll 4.3.1's output for these files. */
    @Test
    void postDatesAreInTheSitesZoneAndCategoryIsACategory() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                timezone: America/Los_Angeles
                permalink: /news/:year/:month/:day/:title/
                -- _posts/2013-05-06-r.md --
                ---
                title: R
                date: "2013-05-06 02:12:52 +0200"
                category: release
                ---
                x
                -- _posts/2013-05-07-s.md --
                ---
                title: S
                date: "2013-05-07 10:00"
                ---
                y
                -- index.html --
                ---
                ---
                {% for p in site.posts %}[{{ p.url }}|{{ p.categories | join: "," }}|{{ p.date | date: "%Y-%m-%d %H:%M %z" }}]{% endfor %}
                """);
        assertEquals("[/news/2013/05/07/s/||2013-05-07 10:00 -0700][/news/2013/05/05/r/|release|2013-05-05 17:12 -0700]\n",
                site.text("index.html"));
    }

    /** site.categories and site.tags: Jekyll 4.3.1's output for these files. */
    @Test
    void postsAreListedByCategoryAndTag() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                permalink: /news/:year/:month/:day/:title/
                -- _posts/2013-05-06-r.md --
                ---
                title: R
                category: release
                ---
                x
                -- _posts/2013-05-08-t.md --
                ---
                title: T
                tags: a b
                category: release
                ---
                z
                -- index.html --
                ---
                ---
                {% for c in site.categories %}[{{ c[0] }}:{% for p in c[1] %}{{ p.title }}{% endfor %}]{% endfor %}\
                {% for p in site.categories.release limit:5 %}<{{ p.url }}>{% endfor %}|{{ site.tags | size }}|{{ site.tags.b[0].title }}
                """);
        assertEquals("[release:TR]</news/2013/05/08/t/></news/2013/05/06/r/>|2|T\n", site.text("index.html"));
    }

    /** jekyll-seo-tag 2.8.0 formats titles with Markdown's typography and falls back to the site's name (Jekyll 4.3.1's output). */
    @Test
    void seoTitlesAreTypesetAndTheSiteNameServesAsItsTitle() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                name: "Jekyll • Simple & fast"
                plugins: [jekyll-seo-tag]
                -- index.html --
                ---
                title: "Jekyll's \\"crisis\\"..."
                ---
                <html><head>{% seo %}</head></html>
                """);
        Document page = site.html("index.html");
        assertEquals("Jekyll’s “crisis”… | Jekyll • Simple & fast", page.title());
        assertEquals("Jekyll’s “crisis”…", page.expectFirst("meta[property=og:title]").attr("content"));
    }

    private static final String CODE_PAGE = """
            -- index.md --
            ---
            ---
            Text `inline <b>` here.

            ```ruby
            puts "a" < b
            ```

                indented <y>

            ~~~ js
            var a;
            ~~~
            {: .custom}
            """;

    /**
     * Code as kramdown writes it when Rouge highlights (Jekyll's default), and plain when the site
     * turns Rouge off: Jekyll 4.3.1's markup for these files, less Rouge's token spans.
     */
    @Test
    void codeIsWrappedAsRougeWrapsItUnlessTurnedOff() {
        Document rouge = TestSite.build("-- _config.yml --\ntitle: x\n" + CODE_PAGE).html("index.html");
        assertEquals("language-plaintext highlighter-rouge", rouge.expectFirst("p code").className());
        assertEquals(List.of("language-ruby highlighter-rouge", "language-plaintext highlighter-rouge",
                "language-js custom highlighter-rouge"), rouge.select("body > div").eachAttr("class"));
        assertEquals("puts \"a\" < b\n", rouge.expectFirst("div.language-ruby > div.highlight > pre.highlight > code").wholeText());

        Document plain = TestSite.build("""
                -- _config.yml --
                kramdown:
                  syntax_highlighter_opts:
                    disable: true
                """ + CODE_PAGE).html("index.html");
        assertEquals("", plain.expectFirst("p code").className());
        assertEquals(List.of("language-ruby", "", "language-js"),
                plain.select("pre > code").stream().map(org.jsoup.nodes.Element::className).toList());
        assertEquals("custom", plain.select("pre").get(2).className());
    }

    /** Only a line of three dashes opens front matter, as Jekyll tests it: a signed announcement is copied as it is. */
    @Test
    void aFileStartingWithMoreDashesIsCopiedAsItIs() {
        String signed = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nRuby {{ released }}\n";
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: x
                -- announce.txt --
                """ + signed + """
                -- fenced.txt --
                ---\t
                ---
                {{ 1 | plus: 1 }}
                """);
        assertEquals(signed, site.text("announce.txt"));
        assertEquals("2\n", site.text("fenced.txt"));
    }

    @Test
    void redirectFromWritesThePluginsRedirectPages() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                gems: [jekyll-redirect-from]
                -- new.md --
                ---
                title: New
                redirect_from: /old.html
                ---
                New
                """);
        assertEquals("""
                <!DOCTYPE html>
                <html lang="en-US">
                  <meta charset="utf-8">
                  <title>Redirecting&hellip;</title>
                  <link rel="canonical" href="/new.html">
                  <script>location="/new.html"</script>
                  <meta http-equiv="refresh" content="0; url=/new.html">
                  <meta name="robots" content="noindex">
                  <h1>Redirecting&hellip;</h1>
                  <a href="/new.html">Click here if you are not redirected.</a>
                </html>
                """, site.text("old.html"));
    }

    @Test
    void redirectToReplacesThePageWithARedirect() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                plugins: [jekyll-redirect-from]
                -- moved.md --
                ---
                title: Moved
                redirect_to: https://example.com/new/
                ---
                Old text
                """);
        String html = site.text("moved.html");
        assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.com/new/\">"), html);
        assertFalse(html.contains("Old text"), html);
    }

    @Test
    void configurationFilesLayerLeftToRightAndTimePinsSiteTime() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: First
                tagline: kept
                -- extra.yml --
                title: Second
                time: 2017-07-11 15:29:34 -0700
                -- index.html --
                ---
                ---
                <p id="t">{{ site.title }} {{ site.tagline }} {{ site.time | date: "%Y-%m-%d %H:%M %z" }}</p>
                """, options -> options.withConfigFiles(List.of(options.project().resolve("_config.yml"),
                options.project().resolve("extra.yml"))));
        assertEquals("Second kept 2017-07-11 15:29 -0700", site.html("index.html").expectFirst("#t").text());
    }

    @Test
    void frontMatterDefaultsApplyByPathAndType() {
        TestSite site = TestSite.build(LAYOUTS + """
                -- _config.yml --
                defaults:
                  - scope: {path: "guides"}
                    values: {layout: default, section: Guides}
                -- guides/a.md --
                ---
                title: A
                ---
                in {{ page.section }}
                -- other.md --
                ---
                title: O
                ---
                plain
                """);
        assertEquals("in Guides", site.html("guides/a.html").expectFirst("main p").text());
        assertTrue(site.html("other.html").select("main").isEmpty());
    }

    @Test
    void sassPagesCompileWithPartialsFromTheSassFolder() {
        TestSite site = TestSite.build("""
                -- _sass/_colors.scss --
                $brand: #336699;
                -- css/site.scss --
                ---
                ---
                @import "colors";
                a { color: $brand; }
                """);
        assertTrue(site.text("css/site.css").contains("color: #336699"), site.text("css/site.css"));
    }

    @Test
    void includeRelativeReadsFilesNextToThePage() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: S
                -- guide/index.md --
                ---
                ---
                {% include_relative snippet.md %}
                -- guide/snippet.md --
                From **next door**.
                """);
        assertEquals("next door", site.html("guide/index.html").expectFirst("strong").text());
    }

    @Test
    void liquidAndFreemarkerLayoutsWorkSideBySideInAHydeProject() {
        TestSite site = TestSite.build("""
                -- templates/default.ftlh --
                ---
                layout: shell
                ---
                <main>${content?no_esc}</main>
                -- templates/shell.html --
                <html><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>
                -- content/index.md --
                ---
                title: Mixed
                ---
                Both
                """);
        Document html = site.html("index.html");
        assertEquals("Mixed", html.title());
        assertEquals("Both", html.expectFirst("body > main > p").text());
    }

    @Test
    void badInputInAJekyllSiteIsReportedWithFileAndLine() {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: [unclosed
                -- a.md --
                ---
                layout: nope
                ---
                A
                -- b.md --
                ---
                ---
                {% include_relative ../../../etc/passwd %}
                -- css/x.scss --
                ---
                ---
                a { color: ; }
                """);
        assertEquals(List.of("_config.yml", "a.md", "b.md", "css/x.scss"), errors.stream().map(Diagnostic::file).toList());
        assertEquals("Malformed YAML", errors.get(0).title());
        assertEquals("Layout not found: nope", errors.get(1).title());
        assertEquals(2, errors.get(1).line());
        assertEquals("Relative include leaves the site", errors.get(2).title());
        assertEquals(3, errors.get(2).line());
        assertEquals("Sass error", errors.get(3).title());
        assertEquals(3, errors.get(3).line());
    }

    @Test
    void sitemapFeedAndSeoPluginsAddWhatTheJekyllPluginsAdd() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Docs
                url: https://docs.example
                plugins: [jekyll-sitemap, jekyll-feed, jekyll-seo-tag]
                -- _layouts/default.html --
                <html><head>{% seo %}</head><body>{{ content }}</body></html>
                -- index.md --
                ---
                title: Home
                layout: default
                description: Start here
                ---
                Hi
                -- hidden.md --
                ---
                sitemap: false
                ---
                x
                -- _posts/2017-05-24-hello.md --
                ---
                title: Hello
                ---
                Post *body*.
                """);
        Document home = site.html("index.html");
        assertEquals("Home | Docs", home.title());
        assertEquals("Start here", home.expectFirst("meta[name=description]").attr("content"));
        assertEquals("https://docs.example/", home.expectFirst("link[rel=canonical]").attr("href"));
        assertTrue(home.expectFirst("script[type=application/ld+json]").data().contains("\"headline\":\"Home\""));

        Document sitemap = org.jsoup.Jsoup.parse(site.text("sitemap.xml"), org.jsoup.parser.Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        assertTrue(locs.contains("https://docs.example/"), locs.toString());
        assertTrue(locs.contains("https://docs.example/2017/05/24/hello.html"), locs.toString());
        assertFalse(locs.contains("https://docs.example/hidden.html"), locs.toString());

        Document feed = org.jsoup.Jsoup.parse(site.text("feed.xml"), org.jsoup.parser.Parser.xmlParser());
        assertEquals("Hello", feed.expectFirst("entry > title").text());
        assertTrue(feed.expectFirst("entry > content").text().contains("<em>body</em>"));
    }

    @Test
    void theSourceLayoutCanBeSetInsteadOfDetected() {
        String files = """
                -- _layouts/default.html --
                <main>{{ content }}</main>
                -- content/notes.md --
                ---
                layout: default
                ---
                Notes *kept*.
                """;
        TestSite site = TestSite.build(files, options -> options.withSourceKind(SourceKind.JEKYLL));
        assertEquals(SourceKind.JEKYLL, site.result().source());
        assertEquals("kept", site.html("content/notes.html").expectFirst("main em").text());
    }
}
