package dev.hyde.config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a top-level setting is written in a configuration file, for diagnostics about its value.
 * A top-level key of a YAML block mapping starts its line, so a plain look at the text finds it;
 * a key written some other way (flow style, quoted) falls back to the file alone.
 */
record KeyLocation(String file, int line, int column) {

    static KeyLocation find(String file, String text, String key) {
        Matcher m = Pattern.compile("(?m)^(['\"]?)" + Pattern.quote(key) + "\\1[ \\t]*:").matcher(text);
        if (!m.find()) {
            return new KeyLocation(file, 0, 0);
        }
        return new KeyLocation(file, lineAt(text, m.start()), 1);
    }

    /**
     * The first indented {@code key:} below the top-level {@code parent:}, for a setting inside a
     * map; the parent's own place when the key is not written in block style.
     */
    static KeyLocation findNested(String file, String text, String parent, String key) {
        Matcher outer = Pattern.compile("(?m)^(['\"]?)" + Pattern.quote(parent) + "\\1[ \\t]*:").matcher(text);
        if (!outer.find()) {
            return new KeyLocation(file, 0, 0);
        }
        // The parent's map ends at the next line that starts without indentation.
        Matcher next = Pattern.compile("(?m)^\\S").matcher(text);
        int end = next.find(outer.end()) ? next.start() : text.length();
        Matcher m = Pattern.compile("(?m)^([ \\t]+)(['\"]?)" + Pattern.quote(key) + "\\2[ \\t]*:")
                .matcher(text).region(outer.end(), end).useAnchoringBounds(false);
        return m.find() ? new KeyLocation(file, lineAt(text, m.start()), m.group(1).length() + 1)
                : new KeyLocation(file, lineAt(text, outer.start()), 1);
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One configuration file as read, for finding where its settings are written. */
    record Layer(String file, String text) {
    }

    /** Where {@code key} is written in the last layer that writes it; the fallback file alone if none. */
    static KeyLocation lastOf(List<Layer> layers, String key, String fallback) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            KeyLocation found = find(layers.get(i).file(), layers.get(i).text(), key);
            if (found.line() > 0) {
                return found;
            }
        }
        return new KeyLocation(fallback, 0, 0);
    }
}
