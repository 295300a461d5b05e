package dev.hyde.config;

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
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new KeyLocation(file, line, 1);
    }
}
