package dev.hyde.markdown;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quote rules spelled out in {@link Typographer#quote} match as kramdown's SQ_RULES do, here
 * as the Java patterns they translate to (Ruby's \w, \s and \d are ASCII, as are Java's by
 * default; `$` is Ruby's end of line), tried the way kramdown's scanner tries them: in order, at
 * the scan position, each one's first match only.
 */
class TypographerRulesTest {

    private enum Part { COPY, OPEN, CLOSE }

    private record Rule(Pattern pattern, Part... parts) { }

    private static final List<Rule> SQ_RULES = List.of(
            new Rule(Pattern.compile("([\"'])(?=[_*]{1,2}\\S)"), Part.OPEN),
            new Rule(Pattern.compile("([\"'])(?=[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^`{|}~](?!\\.\\.)(?!\\w)"
                    + "|_(?=\\w))"), Part.CLOSE),
            new Rule(Pattern.compile("(\\s?)(\")(')(?=\\w)"), Part.COPY, Part.OPEN, Part.OPEN),
            new Rule(Pattern.compile("(\\s?)(')(\")(?=\\w)"), Part.COPY, Part.OPEN, Part.OPEN),
            new Rule(Pattern.compile("(\\s?)(')(?=\\d\\ds)"), Part.COPY, Part.CLOSE),
            new Rule(Pattern.compile("(\\s)([\"'])(?=\\w)"), Part.COPY, Part.OPEN),
            new Rule(Pattern.compile("([^ \\\\\\t\\r\\n\\[{(-])([\"'])"), Part.COPY, Part.CLOSE),
            new Rule(Pattern.compile("([\"'])(?=\\s|s(?!\\w)|$)", Pattern.MULTILINE | Pattern.UNIX_LINES),
                    Part.CLOSE),
            new Rule(Pattern.compile("(.?)(')", Pattern.DOTALL), Part.COPY, Part.OPEN),
            new Rule(Pattern.compile("(.?)(\")", Pattern.DOTALL), Part.COPY, Part.OPEN));

    /** Characters each rule looks at, and some none does. */
    private static final char[] ALPHABET = {'"', '"', '\'', '\'', ' ', '\n', '\t', '\u000B', 'a', 'Z', 's', 's', '4',
            '7', '_', '*', '.', '.', '-', '[', '(', '{', '\\', '!', ',', ')', '\u2019', '\u00e9'};

    @Test
    void everyRuleMatchesWhereAndAsItsPatternDoes() {
        Random random = new Random(11);
        int compared = 0;
        for (int round = 0; round < 60_000; round++) {
            char[] chars = new char[1 + random.nextInt(9)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String s = new String(chars);
            for (int q = 0; q < s.length(); q++) {
                for (int end = q + 1; end <= s.length(); end++) {
                    String[] expected = new String[s.length()];
                    String[] actual = new String[s.length()];
                    int expectedNext = byPatterns(s, q, end, expected);
                    int actualNext = Typographer.quote(s, q, end, actual);
                    String where = "'" + s + "' at " + q + ", scanned to " + end;
                    assertEquals(expectedNext, actualNext, where);
                    assertArrayEquals(expected, actual, where + ": " + Arrays.toString(actual));
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 1_000_000, "compared " + compared);
    }

    @Test
    void kramdownsExamplesComeOutAsItWritesThem() {
        assertEquals("it\u2019s \u201cquoted\u201d and \u2018single\u2019 in the \u201980s",
                apply("it's \"quoted\" and 'single' in the '80s"));
        assertEquals("\u201c\u2018nested\u2019\u201d", apply("\"'nested'\""));
    }

    private static String apply(String text) {
        String[] replaced = Typographer.substitute(text, text.length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(replaced != null && replaced[i] != null ? replaced[i] : String.valueOf(text.charAt(i)));
        }
        return out.toString();
    }

    /** The rules as kramdown tries them: the first whose match starts at q and ends by end. */
    private static int byPatterns(String s, int q, int end, String[] replaced) {
        for (Rule rule : SQ_RULES) {
            Matcher m = rule.pattern().matcher(s);
            m.region(q, s.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (!m.lookingAt() || m.end() > end) {
                continue;
            }
            for (int g = 1; g <= rule.parts().length; g++) {
                Part part = rule.parts()[g - 1];
                if (part != Part.COPY && m.start(g) >= 0) {
                    boolean single = s.charAt(m.start(g)) == '\'';
                    char curly = part == Part.OPEN ? (single ? '\u2018' : '\u201C') : (single ? '\u2019' : '\u201D');
                    replaced[m.start(g)] = String.valueOf(curly);
                }
            }
            return m.end();
        }
        return q + 1;
    }
}
