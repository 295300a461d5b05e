package dev.hyde.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown reads an HTML block with its HTML parser and writes it out again, so a {@code <} that
 * does not start a tag ({@code map<string, string>} in a {@code <pre>}) comes out as
 * {@code &lt;} and readers see it. Script and style content is left alone.
 */
final class StrayAngles {
    private static final Pattern TAG = Pattern.compile(
            "<(?:/[A-Za-z][A-Za-z0-9:-]*\\s*>|!--.*?-->|![A-Za-z][^>]*>|\\?.*?\\?>"
                    + "|[A-Za-z][A-Za-z0-9:-]*(?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*\\s*/?>)",
            Pattern.DOTALL);
    private static final Pattern RAW_TEXT = Pattern.compile("<(script|style)\\b", Pattern.CASE_INSENSITIVE);

    private StrayAngles() {
    }

    static String escape(String html) {
        if (html.indexOf('<') < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 16);
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            Matcher tag = TAG.matcher(html).region(i, html.length());
            if (!tag.lookingAt()) {
                out.append("&lt;");
                i++;
                continue;
            }
            out.append(tag.group());
            i = tag.end();
            Matcher raw = RAW_TEXT.matcher(tag.group());
            if (raw.lookingAt()) {
                int close = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + raw.group(1).toLowerCase(java.util.Locale.ROOT), i);
                int end = close < 0 ? html.length() : close;
                out.append(html, i, end);
                i = end;
            }
        }
        return out.toString();
    }
}
