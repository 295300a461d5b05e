package dev.hyde.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line of a tag in Liquid source, for errors raised while the tag renders. */
final class TagLocator {
    private TagLocator() {
    }

    /** 1-based line of the first {@code {% include NAME ... %}} in the source, 0 when not found. */
    static int lineOfInclude(String source, String name) {
        Matcher m = Pattern.compile("\\{%-?\\s*include(?:_relative|_cached)?\\s+" + Pattern.quote(name) + "[\\s%-]").matcher(source);
        if (!m.find()) {
            m = Pattern.compile("\\{%-?\\s*include(?:_relative|_cached)?\\s").matcher(source);
            if (!m.find()) {
                return 0;
            }
        }
        return lineAt(source, m.start());
    }

    static int lineAt(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
