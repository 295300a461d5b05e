package dev.hyde.liquid.filters;

import dev.hyde.text.RubySpace;
import liqp.TemplateContext;
import liqp.filters.Filter;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code split: pattern} as Liquid does it, with Ruby's {@code String#split}:
 * <ul>
 *   <li>a single space splits at runs of ASCII whitespace and ignores whitespace at the start (as
 *       awk does), so {@code " a  b\n" | split: " "} is {@code ["a", "b"]};
 *   <li>an empty pattern splits into characters;
 *   <li>any other pattern splits at each occurrence, an empty item before a leading one kept;
 * </ul>
 * and empty items at the end are dropped, so empty text gives no items. Layouts such as
 * jekyll-compress-html rely on the whitespace rule.
 */
public final class Split extends Filter {

    public Split() {
        super("split");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        String text = RubyText.toS(value, context.getParser().defaultTimeZone);
        String pattern = params.length == 0 ? "" : RubyText.toS(params[0], context.getParser().defaultTimeZone);
        return split(text, pattern).toArray(new String[0]);
    }

    /** The items of {@code text} split at {@code pattern}, as Ruby splits them (see above). */
    public static List<String> split(String text, String pattern) {
        List<String> items = new ArrayList<>();
        if (pattern.equals(" ")) {
            int at = 0;
            while (true) {
                while (at < text.length() && RubySpace.is(text.charAt(at))) {
                    at++;
                }
                if (at == text.length()) {
                    return items;
                }
                int end = at;
                while (end < text.length() && !RubySpace.is(text.charAt(end))) {
                    end++;
                }
                items.add(text.substring(at, end));
                at = end;
            }
        }
        if (pattern.isEmpty()) {
            text.codePoints().forEach(cp -> items.add(new String(Character.toChars(cp))));
            return items;
        }
        int at = 0;
        for (int found = text.indexOf(pattern); found >= 0; found = text.indexOf(pattern, at)) {
            items.add(text.substring(at, found));
            at = found + pattern.length();
        }
        items.add(text.substring(at));
        int size = items.size();
        while (size > 0 && items.get(size - 1).isEmpty()) {
            size--;
        }
        return items.subList(0, size);
    }
}
