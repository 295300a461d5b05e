package dev.hyde.liquid.filters;

import java.nio.charset.StandardCharsets;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code cgi_escape}: Ruby's {@code CGI.escape} for query strings. Unlike
 * {@link java.net.URLEncoder} it keeps {@code ~} and encodes {@code *}.
 */
public final class CgiEscape extends Filter {

    public CgiEscape() {
        super("cgi_escape");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null) {
            return null;
        }
        byte[] bytes = RubyText.toS(value, context.getParser().defaultTimeZone).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            if (b == ' ') {
                out.append('+');
            } else if (PercentEncoding.isAlphanumeric(b) || b == '_' || b == '.' || b == '-' || b == '~') {
                out.append((char) b);
            } else {
                PercentEncoding.append(out, b);
            }
        }
        return out.toString();
    }
}
