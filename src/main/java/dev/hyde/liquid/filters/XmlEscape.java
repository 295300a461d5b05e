package dev.hyde.liquid.filters;

import liqp.TemplateContext;
import liqp.filters.Filter;

/** {@code xml_escape}: escapes {@code & < > "} as Ruby's XML attribute encoding does; quotes stay. */
public final class XmlEscape extends Filter {

    public XmlEscape() {
        super("xml_escape");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        String text = RubyText.toS(value, context.getParser().defaultTimeZone);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
