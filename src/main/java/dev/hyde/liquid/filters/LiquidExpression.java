package dev.hyde.liquid.filters;

import java.util.Collections;

import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;

/**
 * A Liquid expression with filters, e.g. {@code item.date | date: "%Y"}, evaluated per item to its
 * value rather than its text, as Jekyll's {@code group_by_exp} groups by the value itself.
 */
final class LiquidExpression {

    private static final String CAPTURE = "hyde_expression_value";

    private final String variable;
    private final Template template;
    private final Capture capture = new Capture();

    LiquidExpression(String variable, String expression, TemplateContext context) {
        this.variable = variable;
        TemplateParser parser = context.getParser();
        TemplateParser withCapture = new TemplateParser.Builder(parser)
                .withDefaultTimeZone(parser.defaultTimeZone)
                .withFilter(capture)
                .build();
        this.template = withCapture.parse("{{ " + expression + " | " + CAPTURE + " }}");
    }

    Object evaluate(Object item, TemplateContext context) {
        capture.value = null;
        template.renderUnguarded(Collections.singletonMap(variable, item), context, false);
        return capture.value;
    }

    /** Keeps the final value of the expression instead of rendering it. */
    private static final class Capture extends Filter {
        private Object value;

        Capture() {
            super(CAPTURE);
        }

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            this.value = value;
            return "";
        }
    }
}
