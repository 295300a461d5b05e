package dev.hyde.liquid.filters;

import java.util.List;
import java.util.function.UnaryOperator;

import liqp.TemplateParser;
import liqp.filters.Filter;

/**
 * Jekyll's filters that Liqp's Jekyll flavour lacks or implements differently. Filters Liqp
 * already matches (e.g. {@code normalize_whitespace}, {@code push}) are kept.
 */
public final class JekyllFilters {

    private JekyllFilters() {
    }

    /** The filters, with {@code markdown} as the renderer behind {@code markdownify}, and no Sass. */
    public static List<Filter> all(UnaryOperator<String> markdown) {
        return all(markdown, SassFilter.Compiler.NONE, context -> { });
    }

    /**
     * As above, with {@code sass} behind {@code scssify} and {@code sassify}, and {@code sassUsed}
     * told of each rendering that uses them.
     */
    public static List<Filter> all(UnaryOperator<String> markdown, SassFilter.Compiler sass,
                                   java.util.function.Consumer<liqp.TemplateContext> sassUsed) {
        return List.of(
                new Markdownify(markdown),
                SassFilter.scssify(sass, sassUsed),
                SassFilter.sassify(sass, sassUsed),
                new Jsonify(),
                new Slugify(),
                new XmlEscape(),
                new CgiEscape(),
                new UriEscape(),
                new Date(),
                FixedDateFormat.xmlSchema(),
                FixedDateFormat.rfc822(),
                new DateToString(),
                new DateToLongString(),
                new NumberOfWords(),
                new ArrayToSentenceString(),
                new GroupBy(),
                new GroupByExp(),
                new WhereExp(),
                new Find(),
                new Where(),
                new FindExp(),
                new Sort(),
                new Join(),
                new Split(),
                new RelativeUrl(),
                new AbsoluteUrl(new RelativeUrl()));
    }

    /** Adds Hyde's Jekyll filters to a parser builder. */
    public static TemplateParser.Builder register(TemplateParser.Builder builder, UnaryOperator<String> markdown) {
        return register(builder, markdown, SassFilter.Compiler.NONE, context -> { });
    }

    /** As above, with the Sass filters' compiler and the listener told of their use. */
    public static TemplateParser.Builder register(TemplateParser.Builder builder, UnaryOperator<String> markdown,
                                                 SassFilter.Compiler sass,
                                                 java.util.function.Consumer<liqp.TemplateContext> sassUsed) {
        for (Filter filter : all(markdown, sass, sassUsed)) {
            builder.withFilter(filter);
        }
        return builder;
    }
}
