package dev.hyde.liquid.filters;

import java.util.Objects;
import java.util.function.UnaryOperator;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code markdownify}: converts the input's text with the site's Markdown renderer. */
public final class Markdownify extends Filter {

    private final UnaryOperator<String> markdown;

    public Markdownify(UnaryOperator<String> markdown) {
        super("markdownify");
        this.markdown = Objects.requireNonNull(markdown, "markdown");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        return markdown.apply(RubyText.toS(value, context.getParser().defaultTimeZone));
    }
}
