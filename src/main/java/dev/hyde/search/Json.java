package dev.hyde.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.List;

/**
 * The little JSON the index needs: strings and lists of them, appended to the index files as they
 * are assembled. Escaping is Jackson's.
 */
final class Json {
    private Json() {
    }

    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        return out.append('"');
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
