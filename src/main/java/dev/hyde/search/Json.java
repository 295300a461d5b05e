package dev.hyde.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.List;

/**
 * The little JSON the index needs: strings and lists of them, appended to the index files as they
 * are assembled. Escaping is Jackson's; a string with nothing to escape is appended as it is.
 */
final class Json {
    private Json() {
    }

    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        if (plain(text)) {
            // most snippets, terms and URLs: appended whole, not a character at a time
            out.append(text);
        } else {
            JsonStringEncoder.getInstance().quoteAsString(text, out);
        }
        return out.append('"');
    }

    /** Whether JSON keeps {@code text} as it is: no quote, backslash or control character (what Jackson escapes). */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    static StringBuilder strings(StringBuilder out, List<String> texts) {
        out.append('[');
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, texts.get(i));
        }
        return out.append(']');
    }
}
