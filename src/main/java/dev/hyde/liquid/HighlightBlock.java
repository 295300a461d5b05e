package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code {% highlight lang [linenos] %}...{% endhighlight %}}, with the markup Jekyll 4.3.1
 * gives it through Rouge: {@code <figure class="highlight"><pre><code class="language-x"
 * data-lang="x">...</code></pre></figure>}, and with {@code linenos} Rouge's line-number table
 * inside the {@code code} element. Hyde colours code in the browser, so the code is escaped as
 * Rouge escapes text ({@code & < >} only) without Rouge's token spans: for a language Rouge has no
 * lexer for (and for {@code text}) the output is Jekyll's byte for byte.
 *
 * <p>The body is Liquid, rendered first, as Jekyll renders it. Liqp hands a tag its markup with
 * the white space dropped, so {@link LenientNodeVisitor} reads the markup from the source and
 * {@link #options} parses it when the page is parsed, where Jekyll raises its syntax error too.
 */
final class HighlightBlock extends Block {
    static final String NAME = "highlight";

    /** Jekyll's own syntax check: the language, then {@code name}, {@code name=value} or {@code name="1 2"}. */
    private static final Pattern SYNTAX =
            Pattern.compile("^([a-zA-Z0-9.+#_-]+)((\\s+\\w+(=(\\w+|\"([0-9]+\\s)*[0-9]+\"))?)*)$", Pattern.MULTILINE);
    /** Jekyll's split of the options: {@code key="list"}, {@code key=value} or {@code key}. */
    private static final Pattern OPTION = Pattern.compile("(?:\\w=\"[^\"]*\"|\\w=\\w|\\w)+");
    /** Jekyll strips these from both ends of the rendered body before highlighting. */
    private static final Pattern OUTER_LINE_BREAKS = Pattern.compile("\\A[\\n\\r]+|[\\n\\r]+\\z");

    /** What the tag's markup says: the language and whether to number lines. */
    record Options(String lang, boolean linenos) {
    }

    HighlightBlock() {
        super(NAME);
    }

    /**
     * Parses the markup as Jekyll 4.3.1 does. Options Jekyll accepts but does not use are kept
     * out of the output and warned about, so an author expecting marked lines learns why there are none.
     *
     * @throws dev.hyde.diag.DiagnosticException where Jekyll raises its syntax error
     */
    static Options options(String markup, String file, int line, Diagnostics warnings) {
        Matcher m = SYNTAX.matcher(markup.strip());
        if (!m.find()) {
            throw Diagnostic.error("Syntax error in highlight tag").at(file, line)
                    .detail(markup.isBlank() ? "{% highlight %} names no language; Jekyll needs one."
                            : String.format("{%% highlight %s %%} does not name a language the way Jekyll needs.", markup.strip()))
                    .hint("Write {% highlight LANGUAGE %} or {% highlight LANGUAGE linenos %}, e.g. "
                            + "{% highlight ruby %}; use 'text' for code that is no language.").exception();
        }
        String lang = m.group(1).toLowerCase(Locale.ROOT);
        boolean linenos = false;
        List<String> ignored = new ArrayList<>();
        Matcher option = OPTION.matcher(m.group(2));
        while (option.find()) {
            String key = option.group().split("=", 2)[0];
            if (key.equals("linenos")) {
                linenos = true; // any value, even 'false': Jekyll 4.3.1 only asks whether it is there
            } else {
                ignored.add(key);
            }
        }
        for (String key : ignored) {
            warnings.add(Diagnostic.warning("Highlight option ignored: " + key).at(file, line)
                    .detail("Jekyll 4.3.1 accepts '%s' in {%% highlight %%} but does nothing with it, and neither does Hyde.", key)
                    .hint(key.equals("mark_lines")
                            ? "Marked lines came with Jekyll 4.4; remove the option or mark the lines another way."
                            : "The only option that changes the output is linenos; remove '%s'.", key).build());
        }
        return new Options(lang, linenos);
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        if (nodes.length < 2 || !(nodes[0].render(context) instanceof Options options)) {
            // No markup at all: the parse-time check already refused the page; never reached.
            throw new IllegalStateException("highlight tag without parsed options");
        }
        String code = OUTER_LINE_BREAKS.matcher(asString(nodes[nodes.length - 1].render(context), context)).replaceAll("");
        Object site = context.get("site");
        // Jekyll sets these from the page's converter: a line break around the block in Markdown, nothing elsewhere
        String prefix = text(context.get("highlighter_prefix"));
        String suffix = text(context.get("highlighter_suffix"));
        String body = usesRouge(site) ? rouge(code, options.linenos()) : plainEscaped(code).strip();
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1); // Ruby's chomp
        }
        return prefix + "<figure class=\"highlight\"><pre><code class=\"language-" + options.lang().replace('+', '-')
                + "\" data-lang=\"" + options.lang() + "\">" + body + "</code></pre></figure>" + suffix;
    }

    /** Rouge's HTML formatter without token spans, or its table formatter around it for line numbers. */
    static String rouge(String code, boolean linenos) {
        String formatted = rougeEscaped(code);
        if (!linenos) {
            return formatted;
        }
        int lines = (int) code.chars().filter(c -> c == '\n').count();
        if (!code.endsWith("\n")) {
            lines++;
            formatted += "\n";
        }
        StringBuilder gutter = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            gutter.append(i).append('\n');
        }
        return "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">" + gutter
                + "</pre></td><td class=\"code\"><pre>" + formatted + "</pre></td></tr></tbody></table>";
    }

    /** Rouge escapes only these three. */
    private static String rougeEscaped(String code) {
        return code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Liquid's {@code escape} (Ruby's CGI.escapeHTML), used when the site turns Rouge off. */
    private static String plainEscaped(String code) {
        return rougeEscaped(code).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Jekyll highlights with Rouge unless {@code highlighter} names something else ('pygments' falls back to Rouge). */
    private static boolean usesRouge(Object site) {
        if (!(site instanceof Map<?, ?> map) || !map.containsKey("highlighter")) {
            return true;
        }
        Object value = map.get("highlighter");
        return "rouge".equals(value) || "pygments".equals(value);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
