package dev.hyde.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.hyde.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Emphasis, lists, definition lists, abbreviations and Markdown inside HTML in a Jekyll site follow kramdown where it differs from CommonMark; a Hyde
 * project keeps CommonMark's rules. Each expected fragment is Jekyll 4.3.1's output (kramdown
 * 2.4.0, GFM input) for the Markdown above it, built with {@code jekyll build}.
 */
class KramdownRulesTest {

    /** Emphasis: istio.io's two cases, and kramdown's other emphasis rules. */
    private static final String EMPHASIS = """
            _No fields in this message type.__

            Open *Kubernetes Engine -> Clusters* or *Kubernetes Engine -> Workloads

            a*"quoted"* and foo-_bar_ and snake_case_word and _a_b_

            **foo* and *foo** and ***both*** and __a__b

            *a **b** c* and **a *b* c** and _a *b* c_

            this *is
            multi-line* em and \\*escaped\\* and *a\\*b*
            """;

    /** Jekyll 4.3.1's output for {@link #EMPHASIS}. */
    private static final String EMPHASIS_JEKYLL = """
            <p>_No fields in this message type.__</p>

            <p>Open <em>Kubernetes Engine -&gt; Clusters</em> or *Kubernetes Engine -&gt; Workloads</p>

            <p>a<em>“quoted”</em> and foo-_bar_ and snake_case_word and <em>a_b</em></p>

            <p><strong>foo* and <em>foo** and **</em>both</strong>* and __a__b</p>

            <p><em>a <strong>b</strong> c</em> and <strong>a <em>b</em> c</strong> and <em>a *b* c</em></p>

            <p>this <em>is
            multi-line</em> em and *escaped* and <em>a*b</em></p>
            """;

    /** Lists: {@code 1)}, interrupting a paragraph, mixed markers, numbering, paragraphs in items. */
    private static final String LISTS = """
            Steps:
            1) one
            2) two

            Then
            2. second
            3. third

            - a
            * b
            + c

            1. a

               more about a

            2. b

            -
            - x
            """;

    /** Jekyll 4.3.1's output for {@link #LISTS}. */
    private static final String LISTS_JEKYLL = """
            <p>Steps:
            1) one
            2) two</p>

            <p>Then</p>
            <ol>
              <li>second</li>
              <li>third</li>
            </ol>

            <ul>
              <li>a</li>
              <li>b</li>
              <li>c</li>
            </ul>

            <ol>
              <li>
                <p>a</p>

                <p>more about a</p>
              </li>
              <li>
                <p>b</p>
              </li>
            </ol>

            <p>-</p>
            <ul>
              <li>x</li>
            </ul>
            """;

    /** Emphasis next to other spans: code, raw HTML, links, images, strikethrough, attribute lists. */
    private static final String SPANS = """
            Use `*foo*` and <code>*x*</code> then *y*, [a *link* here](http://x) and *[em link](y)*.

            ![alt *x* y](i.png) and ~~del *x*~~ and *a ~~b* c~~

            * item *em*
            * item2 _u_

            ## Heading *em* {#my_id}

            [a](u){:target="_blank"} text [b](v){:target="_blank"}
            """;

    /**
     * Jekyll 4.3.1's output for {@link #SPANS}, but for the class
     * {@code language-plaintext highlighter-rouge} that Jekyll's Rouge puts on the first code span
     * (Hyde highlights in the browser and adds no Rouge classes).
     */
    private static final String SPANS_JEKYLL = """
            <p>Use <code>*foo*</code> and <code>*x*</code> then <em>y</em>, <a href="http://x">a <em>link</em> here</a> and <em><a href="y">em link</a></em>.</p>

            <p><img src="i.png" alt="alt *x* y" /> and <del>del <em>x</em></del> and *a <del>b* c</del></p>

            <ul>
              <li>item <em>em</em></li>
              <li>item2 <em>u</em></li>
            </ul>

            <h2 id="my_id">Heading <em>em</em></h2>

            <p><a href="u" target="_blank">a</a> text <a href="v" target="_blank">b</a></p>
            """;

    /** kramdown's {@code markdown="1"}: the content of an HTML block element read as Markdown. */
    private static final String MARKDOWN_IN_HTML = """
            <div class="note" markdown="1">
            **Note:** read *this* first.

            - a list
            </div>

            After.
            """;

    /** Jekyll 4.3.1's output for {@link #MARKDOWN_IN_HTML}. */
    private static final String MARKDOWN_IN_HTML_JEKYLL = """
            <div class="note">
              <p><strong>Note:</strong> read <em>this</em> first.</p>

              <ul>
                <li>a list</li>
              </ul>
            </div>

            <p>After.</p>
            """;

    /** kramdown's definition lists. */
    private static final String DEFINITIONS = """
            Term
            : Definition *one*

            Term2
            Term3
            : def2 line
            continued lazily
            : another def

            Loose

            : after blank

            : second *after* blank,
              more than one line

            Not a dl: here.
            """;

    /** Jekyll 4.3.1's output for {@link #DEFINITIONS}. */
    private static final String DEFINITIONS_JEKYLL = """
            <dl>
              <dt>Term</dt>
              <dd>Definition <em>one</em></dd>
              <dt>Term2</dt>
              <dt>Term3</dt>
              <dd>def2 line
            continued lazily</dd>
              <dd>another def</dd>
              <dt>Loose</dt>
              <dd>
                <p>after blank</p>
              </dd>
              <dd>
                <p>second <em>after</em> blank,
            more than one line</p>
              </dd>
            </dl>

            <p>Not a dl: here.</p>
            """;

    /** Blocks indented under a definition after a blank line, which kramdown makes more of it. */
    private static final String DEFINITION_BLOCKS = """
            Summary
            :   A site that uses `x` automatically
                switches to a new release.

                This guide draws attention to [the notes][notes]:

                - changes that *might* break your site,
                - features added

            After the list.

            Term
            : One line.

                Second para of a two-space definition.

                    indented code in it

            Other
            :   First.

                > A quote.

            [notes]: https://example.com/notes
            """;

    /** Jekyll 4.3.1's output for {@link #DEFINITION_BLOCKS}. */
    private static final String DEFINITION_BLOCKS_JEKYLL = """
            <dl>
              <dt>Summary</dt>
              <dd>A site that uses <code class="language-plaintext highlighter-rouge">x</code> automatically
            switches to a new release.

                <p>This guide draws attention to <a href="https://example.com/notes">the notes</a>:</p>

                <ul>
                  <li>changes that <em>might</em> break your site,</li>
                  <li>features added</li>
                </ul>
              </dd>
            </dl>

            <p>After the list.</p>

            <dl>
              <dt>Term</dt>
              <dd>One line.

                <p>Second para of a two-space definition.</p>

                <div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>  indented code in it
            </code></pre></div>    </div>
              </dd>
              <dt>Other</dt>
              <dd>First.

                <blockquote>
                  <p>A quote.</p>
                </blockquote>
              </dd>
            </dl>
            """;

    /** kramdown's abbreviations. */
    private static final String ABBREVIATIONS = """
            The HTML spec and HTML5 and XHTML and HTML's use, [HTML link](u), `HTML`.

            *[HTML]: Hyper Text Markup Language
            *[W3C]:  World Wide Web Consortium
            Text after W3C.

            # HTML heading

            *[EMPTY]:
            EMPTY here.
            """;

    /**
     * Jekyll 4.3.1's output for {@link #ABBREVIATIONS}, but for the class
     * {@code language-plaintext highlighter-rouge} that Rouge puts on the code span.
     */
    private static final String ABBREVIATIONS_JEKYLL = """
            <p>The <abbr title="Hyper Text Markup Language">HTML</abbr> spec and HTML5 and XHTML and <abbr title="Hyper Text Markup Language">HTML</abbr>’s use, <a href="u"><abbr title="Hyper Text Markup Language">HTML</abbr> link</a>, <code>HTML</code>.</p>

            <p>Text after <abbr title="World Wide Web Consortium">W3C</abbr>.</p>

            <h1 id="html-heading"><abbr title="Hyper Text Markup Language">HTML</abbr> heading</h1>

            <p><abbr>EMPTY</abbr> here.</p>
            """;

    private final MarkdownRenderer jekyll = new MarkdownRenderer(false);
    private final MarkdownRenderer hyde = new MarkdownRenderer(true);

    private static String normalised(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    @Test
    void emphasisFollowsKramdown() {
        assertEquals(normalised(EMPHASIS_JEKYLL), normalised(jekyll.render(EMPHASIS)));
    }

    @Test
    void listsFollowKramdown() {
        assertEquals(normalised(LISTS_JEKYLL), normalised(jekyll.render(LISTS)));
    }

    @Test
    void setextHeadingsThematicBreaksAndTaskListsStayAsTheyWere() {
        // Jekyll 4.3.1: <h2 id="setext">Setext</h2> <ul class="task-list"><li class="task-list-item">
        // <input ... />todo</li>...</ul> <hr />
        Document html = Jsoup.parseBodyFragment(jekyll.render("Setext\n------\n\n- [ ] todo\n- [x] done\n\n* * *\n"));
        assertEquals("Setext", html.expectFirst("h2#setext").text());
        assertEquals(2, html.select("ul.task-list > li.task-list-item > input[type=checkbox]").size());
        assertTrue(html.select("li p").isEmpty(), html.body().html());
        assertEquals(1, html.select("hr").size());
    }

    @Test
    void onlyKramdownsEscapesAreEscapes() {
        String markdown = "cares\\@805d153 and 50\\% and a\\/b and \\*x\\* and \\~\n";
        // Jekyll 4.3.1's output
        assertEquals(normalised("<p>cares\\@805d153 and 50\\% and a\\/b and *x* and ~</p>"),
                normalised(jekyll.render(markdown)));
        assertEquals("cares@805d153 and 50% and a/b and *x* and ~",
                Jsoup.parseBodyFragment(hyde.render(markdown)).text());
    }

    @Test
    void atxHeadingsFollowKramdown() {
        String markdown = " ## Indented one\n\n#\n\n## Closed ##\n\nText\n  # interrupt\n";
        // Jekyll 4.3.1's output
        assertEquals(normalised("""
                <p>## Indented one</p>

                <p>#</p>

                <h2 id="closed">Closed</h2>

                <p>Text
                  # interrupt</p>
                """), normalised(jekyll.render(markdown)));
        Document html = Jsoup.parseBodyFragment(hyde.render(markdown));
        assertEquals(List.of("Indented one", "Closed"), html.select("h2").eachText());
        assertEquals("interrupt", html.expectFirst("h1#interrupt").text());
    }

    @Test
    void emphasisNextToOtherSpansFollowsKramdown() {
        assertEquals(normalised(SPANS_JEKYLL), normalised(jekyll.render(SPANS)));
    }

    @Test
    void markdownInsideHtmlFollowsKramdown() {
        assertEquals(normalised(MARKDOWN_IN_HTML_JEKYLL), normalised(jekyll.render(MARKDOWN_IN_HTML)));
    }

    @Test
    void definitionListsFollowKramdown() {
        assertEquals(normalised(DEFINITIONS_JEKYLL), normalised(jekyll.render(DEFINITIONS)));
    }

    @Test
    void blocksIndentedUnderADefinitionAreMoreOfItAsInKramdown() {
        assertEquals(normalised(DEFINITION_BLOCKS_JEKYLL),
                normalised(new MarkdownRenderer(false, true).render(DEFINITION_BLOCKS)), "with Rouge's markup");
    }

    @Test
    void abbreviationsFollowKramdown() {
        assertEquals(normalised(ABBREVIATIONS_JEKYLL), normalised(jekyll.render(ABBREVIATIONS)));
    }

    @Test
    void aHydeProjectHasNoAbbreviations() {
        Document html = Jsoup.parseBodyFragment(hyde.render(ABBREVIATIONS));
        assertTrue(html.select("abbr").isEmpty(), html.body().html());
    }

    @Test
    void aHydeProjectHasNoDefinitionLists() {
        Document html = Jsoup.parseBodyFragment(hyde.render(DEFINITIONS));
        assertTrue(html.select("dl").isEmpty(), html.body().html());
        assertEquals("Term : Definition one", html.expectFirst("p").text());
    }

    @Test
    void aHydeProjectLeavesTheContentOfHtmlBlocksAsHtml() {
        Document html = Jsoup.parseBodyFragment(hyde.render(MARKDOWN_IN_HTML));
        assertEquals("1", html.expectFirst("div.note").attr("markdown"));
        assertTrue(html.expectFirst("div.note").text().startsWith("**Note:** read *this* first."));
    }

    @Test
    void aJekyllSiteRendersAsJekyllDid() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Old Site
                -- index.md --
                ---
                title: Home
                ---
                """ + EMPHASIS + "\n" + LISTS + "\n" + MARKDOWN_IN_HTML);
        assertEquals(normalised(EMPHASIS_JEKYLL + LISTS_JEKYLL + MARKDOWN_IN_HTML_JEKYLL),
                site.html("index.html").body().html());
    }

    @Test
    void aHydeProjectKeepsCommonMarksRules() {
        TestSite site = TestSite.build("""
                -- content/index.md --
                ---
                title: Home
                ---
                _No fields in this message type.__

                Steps:
                1) one
                2) two

                3. three
                4. four

                - a
                * b
                """);
        Document page = site.html("index.html");
        assertEquals("No fields in this message type.", page.expectFirst("main p > em").text());
        assertEquals("one", page.expectFirst("ol > li").text());
        assertEquals("3", page.expectFirst("ol[start]").attr("start"));
        assertEquals(2, page.select("main ul").size());
    }

    @Test
    void rendererForHydeProjectsKeepsCommonMarksEmphasis() {
        Document html = Jsoup.parseBodyFragment(hyde.render("a*\"quoted\"* and _a_b_ and **foo*\n"));
        assertEquals("<p>a*“quoted”* and <em>a_b</em> and *<em>foo</em></p>", html.body().html());
    }
}
