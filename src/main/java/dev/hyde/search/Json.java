package dev.hyde.search;

import java.util.List;

/** The little JSON the index needs: strings (escaped for any text) and lists of them. */
final class Json {
    private Json() {
    }

    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // control characters, and the line separators JavaScript once treated as line ends
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
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
