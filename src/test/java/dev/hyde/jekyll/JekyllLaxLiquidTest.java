package dev.hyde.jekyll;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Severity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liquid that Jekyll 4.3 reads laxly (its default {@code liquid: error_mode: warn}) and Liqp's
 * grammar alone would refuse or misread, found in real sites. Each expected page is the
 * {@code _site/index.html} that Jekyll 4.3.1 (Debian's package, with Liquid 5.4.0) built from
 * the same files.
 */
class JekyllLaxLiquidTest {

    /** Hyde's page and Jekyll's, parsed by jsoup, have the same body. */
    private static void assertSameAsJekyll(String jekyll, TestSite site) {
        assertEquals(Jsoup.parse(jekyll).body().html(), site.html("index.html").body().html());
    }

    private static List<Diagnostic> liquidWarnings(TestSite site) {
        return site.result().warnings().stream().filter(d -> d.file().endsWith(".html")
                && !d.title().startsWith("Link")).toList();
    }

    @Test
    void hyphensInNamesAreOneName() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Hyphens
                -- _data/canonical-tags.yml --
                home: /en/
                -- _data/my-list.yml --
                - one
                - two
                -- _includes/box.html --
                <div class="box" style="max-width: {{ include.max-width }}">{% assign w = include.max-width %}{% if include.max-width %}<b>{{ w }}</b>{% endif %}</div>
                -- index.html --
                ---
                min-kubernetes-server-version: v1.20
                foo-bar: true
                ---
                <p id="version">{{ page.min-kubernetes-server-version }}</p>
                <p id="data">{{ site.data.canonical-tags.home }}</p>
                <p id="if">{% if page.foo-bar %}on{% else %}off{% endif %}</p>
                <ul>{% for x in site.data.my-list %}<li>{{ x }}</li>{% endfor %}</ul>
                <p id="assign">{% assign y = page.min-kubernetes-server-version | upcase %}{{ y }}</p>
                {% include box.html max-width="300px" %}
                <p id="minus">{{ 5 | minus: 2 }}</p>
                """);
        // Jekyll 4.3.1's output for the same files.
        assertSameAsJekyll("""
                <p id="version">v1.20</p>
                <p id="data">/en/</p>
                <p id="if">on</p>
                <ul><li>one</li><li>two</li></ul>
                <p id="assign">V1.20</p>
                <div class="box" style="max-width: 300px"><b>300px</b></div>

                <p id="minus">3</p>
                """, site);
        assertEquals(List.of(), liquidWarnings(site), "hyphens are Liquid's strict syntax too: no warning");
    }

    private static final String BRACES = """
            -- _includes/link.html --
            {% if {{include.url}} %}<a href="{{ include.url }}">{{ include.text }}</a>{% else %}<span>{{ include.text }}</span>{% endif %}
            -- index.html --
            ---
            x: hello
            url: /u/
            empty: ""
            items: [a, b]
            ---
            <p id="if">{% if {{page.url}} %}yes{% else %}no{% endif %}</p>
            <p id="empty-string">{% if {{page.empty}} %}yes{% else %}no{% endif %}</p>
            <p id="assign">{% assign z = {{page.x}} %}{{ z }}</p>
            <p id="assign-spaced">{% assign z2 = {{ page.x }} %}[{{ z2 }}]</p>
            <p id="compare">{% if {{page.x}} == "hello" %}eq{% else %}ne{% endif %}</p>
            <p id="for">{% for i in {{page.items}} %}{{ i }}{% endfor %}</p>
            <p id="for-spaced">{% for i in {{ page.items }} %}{{ i }}{% endfor %}</p>
            <p id="unless">{% unless {{page.missing}} %}none{% endunless %}</p>
            <p id="quoted">{% if page.x == "{{page.x}}" %}same{% else %}literal{% endif %}</p>
            <p id="include">{% include link.html url="/" text="Docs" %}{% include link.html text="Plain" %}</p>
            """;

    /** Jekyll 4.3.1's output for {@link #BRACES}, in each error mode that renders it. */
    private static final String BRACES_BY_JEKYLL = """
            <p id="if">yes</p>
            <p id="empty-string">yes</p>
            <p id="assign">hello</p>
            <p id="assign-spaced">[]</p>
            <p id="compare">eq</p>
            <p id="for">ab</p>
            <p id="for-spaced"></p>
            <p id="unless">none</p>
            <p id="quoted">literal</p>
            <p id="include"><a href="/">Docs</a>
            <span>Plain</span>
            </p>
            """;

    @Test
    void outputInsideTagsIsReadAsJekyllReadsItWithAWarningEach() {
        TestSite site = TestSite.build("-- _config.yml --\ntitle: Braces\n" + BRACES);
        assertSameAsJekyll(BRACES_BY_JEKYLL, site);
        List<Diagnostic> warnings = liquidWarnings(site);
        // One per {{ }} in a tag, as Jekyll warns "Unexpected character {"; the include's too.
        assertEquals(9, warnings.size(), warnings.toString());
        Diagnostic first = warnings.stream().filter(d -> d.file().equals("index.html")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, first.severity());
        assertEquals("index.html:7:18", first.location());
        assertEquals("Liquid output inside a tag", first.title());
        assertTrue(first.detail().contains("Jekyll reads it as the variable page.url"), first.detail());
        assertTrue(first.hint().startsWith("Write the variable without braces: page.url."), first.hint());
        Diagnostic spaced = warnings.stream().filter(d -> d.line() == 10).findFirst().orElseThrow();
        assertTrue(spaced.detail().contains("Jekyll reads it as nil"), spaced.detail());
        Diagnostic loop = warnings.stream().filter(d -> d.line() == 13).findFirst().orElseThrow();
        assertTrue(loop.detail().contains("the loop runs no time"), loop.detail());
        assertTrue(warnings.stream().anyMatch(d -> d.location().equals("_includes/link.html:1:7")));
    }

    @Test
    void halfOfABracePairInsideATagIsSkippedAndTheTextAfterItStays() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Half
                -- index.html --
                ---
                x: hello
                ---
                <p id="open">{% if {{page.x %}yes{% endif %} after {{ page.x }}</p>
                <p id="close">{% if page.x}} == "hello" %}eq{% endif %}</p>
                <p id="assign">{% assign a = {{page.x %}{{ a }}</p>
                """);
        // Jekyll 4.3.1's output for the same files, with three "Unexpected character" warnings.
        assertSameAsJekyll("""
                <p id="open">yes after hello</p>
                <p id="close">eq</p>
                <p id="assign">hello</p>
                """, site);
        assertEquals(List.of("index.html:4:20", "index.html:5:27", "index.html:6:30"),
                liquidWarnings(site).stream().map(Diagnostic::location).toList());
    }

    @Test
    void aWarningAfterALongRunOfTextOnItsLineHasTheAuthorsColumn() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Columns
                -- index.html --
                ---
                x: hello
                ---
                This sentence is plain text, long enough to be kept out of the parser. {% if {{page.x}} %}yes{% endif %}
                """);
        // Jekyll 4.3.1's output for the same files.
        assertSameAsJekyll("This sentence is plain text, long enough to be kept out of the parser. yes\n", site);
        assertEquals(List.of("index.html:4:78"), liquidWarnings(site).stream().map(Diagnostic::location).toList());
    }

    @Test
    void filtersInsideBracesInsideATag() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Filters
                -- index.html --
                ---
                x: hello
                url: /u/
                ---
                <p id="if">{% if {{page.x | upcase}} %}y{% endif %}</p>
                <p id="assign">{% assign q = {{page.x | upcase}} %}{{ q }}</p>
                <p id="and">{% if {{page.x}} and {{page.url}} %}both{% endif %}</p>
                <p id="nil-default">{% assign d = {{ page.x | default: "fallback" }} %}{{ d }}</p>
                <p id="nil-upcase">{% assign u = {{ page.x | upcase }} %}[{{ u }}]</p>
                """);
        // Jekyll 4.3.1's output for the same files: assign applies the filters (to nil when the
        // braces have spaces), if looks at the variable alone.
        assertSameAsJekyll("""
                <p id="if">y</p>
                <p id="assign">HELLO</p>
                <p id="and">both</p>
                <p id="nil-default">fallback</p>
                <p id="nil-upcase">[]</p>
                """, site);
        assertEquals(6, liquidWarnings(site).size(), liquidWarnings(site).toString());
    }

    @Test
    void errorModeLaxReadsTheSameSilently() {
        TestSite site = TestSite.build("-- _config.yml --\nliquid:\n  error_mode: lax\n" + BRACES);
        assertSameAsJekyll(BRACES_BY_JEKYLL, site);
        assertEquals(List.of(), liquidWarnings(site));
    }

    @Test
    void errorModeStrictRefusesOutputInsideATag() {
        // Jekyll 4.3.1: "Liquid syntax error (line 2): Unexpected character { in "{{page.url}}"".
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                liquid:
                  error_mode: strict
                -- index.html --
                ---
                url: /u/
                ---
                line one
                <p>{% if {{page.url}} %}y{% endif %}</p>
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("index.html:5:10", errors.get(0).location());
        assertEquals("Liquid output inside a tag", errors.get(0).title());
        assertTrue(errors.get(0).hint().contains("page.url"), errors.get(0).hint());
    }

    @Test
    void outputWithTextAfterItsValueWarnsAndRendersTheValue() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: W
                -- index.html --
                ---
                x: hello
                url: /u/
                ---
                <p>{{ page.x page.url }}</p>
                <p>[{{ page.x page.url | upcase }}][{{ page.x | upcase page.url }}][{{ page.x, page.url }}][{{ page.x | }}][{{ page.x || upcase }}]</p>
                """);
        // Jekyll 4.3.1's output; it warns "Expected end_of_string but found id" and the like.
        assertSameAsJekyll("""
                <p>hello</p>
                <p>[HELLO][HELLO][hello][hello][HELLO]</p>
                """, site);
        List<Diagnostic> warnings = liquidWarnings(site);
        assertEquals(6, warnings.size(), warnings.toString());
        assertEquals("index.html:5:14", warnings.get(0).location());
        assertEquals("Unexpected text in Liquid output", warnings.get(0).title());
    }

    @Test
    void includeNamesBuiltWithLiquid() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Names
                -- _includes/custom/world.html --
                <div class="map">world map{% if include.zoom %} at zoom {{ include.zoom }}{% endif %}</div>
                -- _includes/custom/lake-tahoe.html --
                <div class="map">tahoe map</div>
                -- index.html --
                ---
                map_name: world
                region: lake-tahoe
                inc: custom/world.html
                zoom: 4
                ---
                <section id="glued">{% include custom/{{page.map_name}}.html %}</section>
                <section id="spaced">{% include custom/{{ page.region }}.html %}</section>
                <section id="whole">{% include {{ page.inc }} %}</section>
                <section id="params">{% include {{page.inc}} zoom=page.zoom %}</section>
                <section id="filter">{% include custom/{{ page.map_name | downcase }}.html %}</section>
                """);
        // Jekyll 4.3.1's output for the same files.
        assertSameAsJekyll("""
                <section id="glued"><div class="map">world map</div>
                </section>
                <section id="spaced"><div class="map">tahoe map</div>
                </section>
                <section id="whole"><div class="map">world map</div>
                </section>
                <section id="params"><div class="map">world map at zoom 4</div>
                </section>
                <section id="filter"><div class="map">world map</div>
                </section>
                """, site);
    }

    @Test
    void includeParametersAsJekyllReadsThem() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                title: Params
                -- _includes/note.html --
                <div class="note">{{ include.content | markdownify }}</div>
                -- _includes/show.html --
                <dl><dt>title</dt><dd>{{ include.title }}</dd><dt>kind</dt><dd>{{ include.kind }}</dd><dt>count</dt><dd>{{ include.count }}</dd></dl>
                -- index.html --
                ---
                title: Page title
                ---
                {% include note.html content="Say \\"hi\\" to **them**" %}
                {% include show.html title='It\\'s *here*' kind="a  b   c" %}
                {% include show.html title="two
                lines" count=3 %}
                {% include show.html title=page.title kind = "spaced equals" %}
                """);
        // Jekyll 4.3.1's output for the same files.
        assertSameAsJekyll("""
                <div class="note"><p>Say “hi” to <strong>them</strong></p>
                </div>

                <dl><dt>title</dt><dd>It's *here*</dd><dt>kind</dt><dd>a  b   c</dd><dt>count</dt><dd></dd></dl>

                <dl><dt>title</dt><dd>two
                lines</dd><dt>kind</dt><dd></dd><dt>count</dt><dd>3</dd></dl>

                <dl><dt>title</dt><dd>Page title</dd><dt>kind</dt><dd>spaced equals</dd><dt>count</dt><dd></dd></dl>
                """, site);
    }

    @Test
    void strictVariablesMakesAnUndefinedVariableAnError() {
        String page = """
                -- index.html --
                ---
                x: hello
                ---
                line one
                <p>{{ page.x }}</p>{% if page.nope %}y{% endif %}
                """;
        // Jekyll 4.3.1: "Liquid error (line 2): undefined variable nope".
        List<Diagnostic> errors = TestSite.buildExpectingErrors("-- _config.yml --\nliquid:\n  strict_variables: true\n"
                + page);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("index.html:5:26", errors.get(0).location());
        assertEquals("Undefined Liquid variable: nope", errors.get(0).title());
        assertTrue(errors.get(0).detail().contains("page.nope is not defined"), errors.get(0).detail());

        // Without it (or with it at the top level, where Jekyll ignores it) the variable is nil.
        TestSite lax = TestSite.build("-- _config.yml --\nstrict_variables: true\n" + page);
        assertSameAsJekyll("line one\n<p>hello</p>\n", lax);
    }

    @Test
    void strictVariablesAcceptsWhatIsDefined() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                liquid:
                  strict_variables: true
                -- index.html --
                ---
                x: hello
                ---
                <p>{{ page.x }}{{ page.x.size }}{% for i in (1..2) %}{{ forloop.index }}{% endfor %}{% assign a = "v" %}{{ a }}</p>
                """);
        // Jekyll 4.3.1's output for the same files.
        assertSameAsJekyll("<p>hello512v</p>\n", site);
    }

    @Test
    void problemsInAnIncludesNameOrParameterPointAtTheIncludeTag() {
        String includes = """
                -- _includes/custom/world.html --
                [map {{ include.param }}]
                -- index.html --
                ---
                map_name: world
                ---
                line one
                text {% include custom/{{ page.map_name | nofilter }}.html param=page.nope %}
                """;
        // Jekyll 4.3.1 renders "text [map ]" and, with strict_variables, fails: "undefined variable nope".
        TestSite site = TestSite.build("-- _config.yml --\ntitle: I\n" + includes);
        assertSameAsJekyll("line one\ntext [map ]\n", site);
        assertEquals(List.of("index.html:5:6"), liquidWarnings(site).stream().map(Diagnostic::location).toList());
        Diagnostic error = onlyError(TestSite.buildExpectingErrors(
                "-- _config.yml --\nliquid:\n  strict_variables: true\n" + includes));
        assertEquals("index.html:5:6", error.location());
        assertEquals("Undefined Liquid variable: nope", error.title());
    }

    @Test
    void strictFiltersMakesAnUnknownFilterAnError() {
        String page = """
                -- index.html --
                ---
                x: hello
                ---
                line one
                <p>{{ page.x | nofilter }}</p>
                """;
        // Jekyll 4.3.1: "Liquid error (line 2): undefined filter nofilter".
        List<Diagnostic> errors = TestSite.buildExpectingErrors("-- _config.yml --\nliquid:\n  strict_filters: true\n"
                + page);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("index.html:5:14", errors.get(0).location());
        assertEquals("Unknown Liquid filter: nofilter", errors.get(0).title());

        // Without it the value passes through, as in Jekyll (Hyde also warns).
        TestSite lax = TestSite.build("-- _config.yml --\ntitle: F\n" + page);
        assertSameAsJekyll("line one\n<p>hello</p>\n", lax);
        assertEquals(List.of("Unknown Liquid filter: nofilter"), liquidWarnings(lax).stream().map(Diagnostic::title).toList());
    }

    @Test
    void settingsJekyllIgnoresAreWarnings() {
        TestSite site = TestSite.build("""
                -- _config.yml --
                liquid:
                  error_mode: loose
                  strict_filters: yes please
                -- index.html --
                ---
                ---
                <p>x</p>
                """);
        List<Diagnostic> warnings = site.result().warnings().stream().filter(d -> d.file().equals("_config.yml")).toList();
        assertEquals(List.of("_config.yml:2:3", "_config.yml:3:3"), warnings.stream().map(Diagnostic::location).toList());
        assertEquals("'liquid.error_mode' is not an error mode", warnings.get(0).title());
        assertTrue(warnings.get(0).detail().contains("warn is used"), warnings.get(0).detail());
    }

    private static List<Diagnostic> errorsOf(String body) {
        return TestSite.buildExpectingErrors("""
                -- _config.yml --
                title: E
                -- _includes/show.html --
                <b>{{ include.param }}</b>
                -- index.html --
                ---
                x: hello
                url: /u/
                ---
                line one
                """ + body);
    }

    private static Diagnostic onlyError(List<Diagnostic> errors) {
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void anIncludeWhoseBuiltNameNamesNoFile() {
        // Jekyll 4.3.1: "Could not locate the included file 'custom/hello.html'".
        Diagnostic error = onlyError(errorsOf("<p>{% include custom/{{page.x}}.html %}</p>\n"));
        assertEquals("index.html:6:4", error.location());
        assertEquals("Include not found: custom/hello.html", error.title());
        assertTrue(error.detail().contains("rendered from custom/{{page.x}}.html"), error.detail());
        assertTrue(error.hint().contains("Create _includes/custom/hello.html"), error.hint());
    }

    @Test
    void parametersWrittenWithBracesBecomePartOfTheName() {
        // Jekyll 4.3.1: "File contains invalid characters or sequences: show.html param=hello".
        Diagnostic error = onlyError(errorsOf("{% include show.html param={{page.x}} %}\n"));
        assertEquals("index.html:6:1", error.location());
        assertEquals("Include name is not a file name", error.title());
        assertTrue(error.detail().contains("'show.html param=hello'"), error.detail());
        assertTrue(error.hint().contains("write key=variable without braces"), error.hint());
    }

    @Test
    void anIncludeWithoutAName() {
        Diagnostic error = onlyError(errorsOf("text {% include %}\n"));
        assertEquals("index.html:6:6", error.location());
        assertEquals("Include name is empty", error.title());
    }

    @Test
    void parametersJekyllCannotRead() {
        // Jekyll 4.3.1: "Invalid syntax for include tag: foo".
        Diagnostic error = onlyError(errorsOf("{% include show.html foo %}\n"));
        assertEquals("index.html:6:1", error.location());
        assertEquals("Invalid include parameters", error.title());
        assertTrue(error.detail().endsWith("cannot read the parameters: foo"), error.detail());
        assertTrue(error.hint().startsWith("Write each parameter as key=\"text\""), error.hint());
    }

    @Test
    void aBrokenTagDoesNotSwallowTheTextAfterIt() {
        // Jekyll 4.3.1: "Invalid syntax for include tag: param="unterminated".
        Diagnostic error = onlyError(errorsOf("""
                {% include show.html param="unterminated %} after {{ page.x }}
                {% include show.html param="ok" %}
                """));
        assertEquals("index.html:6:1", error.location());
        assertTrue(error.detail().endsWith("cannot read the parameters: param=\"unterminated"), error.detail());
    }

    @Test
    void outputWithSpacesInsideIfIsAnErrorAsInJekyll() {
        // Jekyll 4.3.1: "Liquid error (line 2): Unknown operator page".
        Diagnostic error = onlyError(errorsOf("{% if {{ page.url }} %}y{% endif %}\n"));
        assertEquals("index.html:6:7", error.location());
        assertEquals("Liquid output inside a tag", error.title());
        assertEquals("Write the variable without braces: {% if page.url %}.", error.hint());
    }

    @Test
    void anUnknownTagAndAnUnclosedBlockStayErrors() {
        // Jekyll 4.3.1: "Unknown tag 'frobnicate'" and "'if' tag was never closed".
        Diagnostic unknown = onlyError(errorsOf("{% frobnicate %} after\n"));
        assertEquals("index.html", unknown.file());
        assertEquals(6, unknown.line());
        assertEquals("Unknown Liquid tag: frobnicate", unknown.title());
        Diagnostic unclosed = onlyError(errorsOf("{% if page.x %}open\n"));
        assertEquals("index.html:6:1", unclosed.location());
        assertEquals("Liquid block not closed: if", unclosed.title());
    }

    private static final String HYDE_PAGE = """
            -- content/index.md --
            ---
            title: Home
            min-version: "1.20"
            url-path: /u/
            ---
            v{{ page.min-version }} {% if {{page.url-path}} %}linked{% endif %}
            """;

    @Test
    void aHydeProjectKeepsRefusingOutputInsideTagsUnlessItsConfigurationSaysOtherwise() {
        Diagnostic error = onlyError(TestSite.buildExpectingErrors(HYDE_PAGE));
        assertEquals("content/index.md:6:31", error.location());
        assertEquals("Liquid output inside a tag", error.title());

        TestSite warned = TestSite.build("-- _config.yml --\nliquid:\n  error_mode: warn\n" + HYDE_PAGE);
        assertEquals("v1.20 linked", warned.html("index.html").expectFirst("main .doc-body p").text());
        assertEquals(List.of("content/index.md:6:31"), warned.result().warnings().stream()
                .filter(d -> d.title().equals("Liquid output inside a tag")).map(Diagnostic::location).toList());
    }
}
