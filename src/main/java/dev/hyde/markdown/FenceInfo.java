package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fenced code block's info string says beyond its language:
 * {@code java title="pom.xml" {2,4-5} tab="Maven" group="build"}.
 *
 * <p>Tokens are separated by white space; a value may be quoted ({@code "..."} or {@code '...'})
 * to hold spaces. The language is the first token when it is neither an attribute nor a line set,
 * so the {@code language-*} class stays what commonmark gives a plain info string. Other
 * {@code key=value} tokens are left alone: they belong to other tools' syntaxes.
 *
 * @param language the language, empty if none
 * @param title    the {@code title} attribute, null if absent
 * @param tab      the {@code tab} label, null if absent
 * @param group    the {@code group} name, null if absent
 * @param lineSet  the text inside the {@code {...}} line set, null if absent
 */
record FenceInfo(String language, String title, String tab, String group, String lineSet) {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})(?:\\s*-\\s*(\\d{1,9}))?");

    /** One line number or range of a line set that does not fit the block. */
    record BadRange(String text, String reason) {
    }

    /** The lines to highlight (bit i = line i, 1-based) and the items that could not be used. */
    record Highlight(BitSet lines, List<BadRange> bad) {
    }

    /** Whether the info string asks for anything beyond the language. */
    boolean hasFeatures() {
        return title != null || tab != null || lineSet != null;
    }

    /** Reads an info string (as commonmark hands it: unescaped, trimmed). */
    static FenceInfo parse(String info) {
        String language = "";
        String title = null;
        String tab = null;
        String group = null;
        String lineSet = null;
        int i = 0;
        int n = info.length();
        boolean first = true;
        while (i < n) {
            while (i < n && Character.isWhitespace(info.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            if (info.charAt(i) == '{') {
                int close = info.indexOf('}', i);
                int end = close < 0 ? n : close + 1;
                String inside = info.substring(i + 1, close < 0 ? n : close);
                // {.class} and {#id} are other tools' attribute syntax, not a line set
                if (!inside.startsWith(".") && !inside.startsWith("#") && !inside.startsWith(":")) {
                    lineSet = inside.strip();
                }
                i = end;
                first = false;
                continue;
            }
            int equals = -1;
            while (i < n && !Character.isWhitespace(info.charAt(i))) {
                char c = info.charAt(i);
                if (c == '=' && equals < 0) {
                    equals = i;
                    if (i + 1 < n && (info.charAt(i + 1) == '"' || info.charAt(i + 1) == '\'')) {
                        char quote = info.charAt(i + 1);
                        int close = info.indexOf(quote, i + 2);
                        i = close < 0 ? n : close + 1;
                        continue;
                    }
                }
                i++;
            }
            String token = info.substring(start, i);
            if (equals < 0) {
                if (first) {
                    language = token;
                }
            } else {
                String key = info.substring(start, equals);
                String value = unquote(info.substring(equals + 1, i));
                switch (key) {
                    case "title" -> title = value;
                    case "tab" -> tab = value;
                    case "group" -> group = value;
                    default -> {
                        // another tool's attribute: not ours to judge
                    }
                }
            }
            first = false;
        }
        return new FenceInfo(language, title, tab, group, lineSet);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.substring(1); // an unclosed quote runs to the end of the line
        }
        return value;
    }

    /** The line set resolved against a block of {@code lineCount} lines. */
    Highlight highlight(int lineCount) {
        BitSet lines = new BitSet();
        List<BadRange> bad = new ArrayList<>();
        if (lineSet == null) {
            return new Highlight(lines, bad);
        }
        if (lineSet.isEmpty()) {
            bad.add(new BadRange("{}", "it names no lines"));
            return new Highlight(lines, bad);
        }
        for (String item : lineSet.split(",", -1)) {
            String text = item.strip();
            Matcher m = RANGE.matcher(text);
            if (!m.matches()) {
                bad.add(new BadRange(text, "it is not a line number or a range such as 4-5"));
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < 1 || to < from) {
                bad.add(new BadRange(text, "lines are counted from 1 and a range runs from low to high"));
            } else if (to > lineCount) {
                bad.add(new BadRange(text, "the block has only " + lineCount + (lineCount == 1 ? " line" : " lines")));
            } else {
                lines.set(from, to + 1);
            }
        }
        return new Highlight(lines, bad);
    }
}
