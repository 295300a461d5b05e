package dev.hyde.liquid.filters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code number_of_words[: mode]}: counts whitespace-separated words. Mode {@code "cjk"} counts
 * every Chinese, Japanese or Korean character as a word; {@code "auto"} does so only when the
 * text contains such characters.
 */
public final class NumberOfWords extends Filter {

    private static final String CJK = "\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangul}";
    private static final Pattern CJK_CHARACTER = Pattern.compile("[" + CJK + "]");
    private static final Pattern NON_CJK_WORD = Pattern.compile("[^" + CJK + "\\s]+");
    /** Ruby's {@code String#split} without arguments splits on ASCII whitespace only. */
    private static final Pattern WORD = Pattern.compile("[^ \\t\\n\\x0B\\f\\r]+");

    public NumberOfWords() {
        super("number_of_words");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        String text = RubyText.toS(value, context.getParser().defaultTimeZone);
        Object mode = params.length > 0 ? params[0] : null;
        if ("cjk".equals(mode)) {
            return (long) count(CJK_CHARACTER, text) + count(NON_CJK_WORD, text);
        }
        if ("auto".equals(mode)) {
            int cjk = count(CJK_CHARACTER, text);
            return cjk == 0 ? (long) count(WORD, text) : (long) cjk + count(NON_CJK_WORD, text);
        }
        return (long) count(WORD, text);
    }

    private static int count(Pattern pattern, String text) {
        int count = 0;
        for (Matcher m = pattern.matcher(text); m.find();) {
            count++;
        }
        return count;
    }
}
