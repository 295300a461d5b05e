package dev.hyde.liquid;

import dev.hyde.config.LiquidOptions.ErrorMode;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the tag markup Jekyll's lax Liquid reads, and Liqp's grammar does not, to markup Liqp
 * parses, before parsing. Every change keeps the text's length and line breaks, so tokens keep
 * the author's lines and columns.
 *
 * <ul>
 * <li>{@code {{name}}} written inside a tag of Liquid's own ({@code {% if {{include.url}} %}},
 * {@code {% assign y = {{page.x}} %}}): Liquid's lax parser reads a word it finds there as a
 * variable whatever braces stick to it, so the braces become spaces. So do half pairs stuck to
 * a name ({@code {{name}, {@code name}}}). Filters inside the braces ({@code {{page.x | upcase}}})
 * stay for {@code assign}, which applies them, and become spaces elsewhere, where the lax parser
 * reads the variable alone.</li>
 * <li>{@code {{ name }}} with spaces as the value of {@code assign}, or as the collection of
 * {@code for} and {@code tablerow}: the lax parser takes the bare {@code {{} as the variable,
 * which is nil, so the value becomes nil (an empty loop); {@code assign} still applies the
 * filters after a {@code |}.</li>
 * <li>{@code include} and {@code include_relative}: their markup is Jekyll's own syntax
 * (quoted strings with escaped quotes, Liquid inside the file name), read by
 * {@link JekyllInclude} from the unchanged text; here it is blanked so the lexer sees one
 * plain word.</li>
 * </ul>
 * The first two are what Liquid's strict parser rejects ("Unexpected character {"): with
 * {@code error_mode: warn} each is a warning at its place, with {@code strict} an error, with
 * {@code lax} silent, as in Jekyll. {@code {{ name }}} with spaces in any other tag is an error in
 * every mode: Jekyll fails on it too ("Unknown operator").
 */
final class LaxMarkup {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)");
    private static final Set<String> LIQUID_TAGS = Set.of("if", "elsif", "unless", "assign", "for", "case", "when",
            "tablerow", "cycle");
    private static final Pattern COLLECTION = Pattern.compile("\\sin\\s+$");
    private static final Pattern GLUED = Pattern.compile("\\{\\{([\\w.\\-]+(?:\\[[^\\]{}\\s]*\\][\\w.\\-]*)*)}}");

    private LaxMarkup() {
    }

    /**
     * @param template the template about to be parsed
     * @param places   turns its offsets into file lines and columns
     * @param file     the project-relative file, for diagnostics
     * @param warnings where warnings go in {@code warn} mode
     * @return the template with lax markup replaced; the same length, the same line breaks
     * @throws dev.hyde.diag.DiagnosticException for lax markup in {@code strict} mode, and for
     *                                           markup Jekyll rejects in every mode
     */
    static String normalise(String template, SourcePlaces places, String file, ErrorMode mode, Diagnostics warnings) {
        if (template.indexOf("{%") < 0) {
            return template;
        }
        char[] out = template.toCharArray();
        Matcher tag = TAG.matcher(template);
        String verbatim = null;
        int from = 0;
        while (from < template.length() && tag.find(from)) {
            int close = template.indexOf("%}", tag.end());
            if (close < 0) {
                break;
            }
            from = close + 2;
            String name = tag.group(1);
            if (verbatim != null) {
                if (name.equals("end" + verbatim)) {
                    verbatim = null;
                }
                continue;
            }
            if (name.equals("raw") || name.equals("comment")) {
                verbatim = name;
                continue;
            }
            int end = template.charAt(close - 1) == '-' ? close - 1 : close;
            if (end < tag.end()) {
                continue;
            }
            if (name.equals("include") || name.equals("include_relative")) {
                blank(template, out, tag.start(), tag.end(), end, places, file);
            } else if (LIQUID_TAGS.contains(name)) {
                unbrace(template, out, name, tag.end(), end, places, file, mode, warnings);
            }
        }
        return new String(out);
    }

    /** The include's markup becomes one word and spaces; the parse reads the original text. */
    private static void blank(String template, char[] out, int tagStart, int start, int end, SourcePlaces places,
                              String file) {
        int first = -1;
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(template.charAt(i))) {
                first = first < 0 ? i : first;
                out[i] = ' ';
            }
        }
        if (first == start && end - start >= 2) {
            first++; // markup stuck to the tag name ({% include"a.html" %}): the word must not join the name
        }
        if (first < 0 || first == start) {
            SourcePlaces.Place at = places.at(tagStart);
            throw Diagnostic.error("Include name is empty").at(file, at.line(), at.column())
                    .detail("The include tag names no file.")
                    .hint("Write e.g. {% include note.html %}; the file is looked for in the includes folder.")
                    .exception();
        }
        out[first] = '_';
    }

    private static void unbrace(String template, char[] out, String name, int start, int end,
                                SourcePlaces places, String file, ErrorMode mode, Diagnostics warnings) {
        int i = start;
        while (i < end) {
            char c = template.charAt(i);
            if (c == '"' || c == '\'') {
                int quoteEnd = template.indexOf(c, i + 1);
                i = quoteEnd < 0 || quoteEnd >= end ? end : quoteEnd + 1;
                continue;
            }
            if (template.startsWith("}}", i) && i > start && isNameChar(template.charAt(i - 1))) {
                // A stray "}}" stuck to a name: the lax parser's variable pattern skips it.
                String name0 = nameBefore(template, start, i);
                lax(name0 + "}}", "Jekyll reads it as the variable " + name0 + ".", "the variable without braces: "
                        + name0, places.at(i), file, mode, warnings);
                out[i] = out[i + 1] = ' ';
                i += 2;
                continue;
            }
            if (!template.startsWith("{{", i)) {
                i++;
                continue;
            }
            int outEnd = template.indexOf("}}", i + 2);
            if (outEnd < 0 || outEnd + 2 > end) {
                outEnd = -1;
            }
            if (outEnd < 0 && i + 2 < end && isNameChar(template.charAt(i + 2))) {
                // "{{" stuck to a name, never closed in this tag: read as the name, as the lax parser does.
                String name0 = nameAfter(template, i + 2, end);
                lax("{{" + name0, "Jekyll reads it as the variable " + name0 + ".", "the variable without braces: "
                        + name0, places.at(i), file, mode, warnings);
                out[i] = out[i + 1] = ' ';
                i += 2;
                continue;
            }
            if (outEnd < 0) {
                SourcePlaces.Place at = places.at(i);
                throw Diagnostic.error("Liquid output inside a tag").at(file, at.line(), at.column())
                        .detail("{{ inside {%% %s %%} is not closed and is not a value; Jekyll fails on it too.", name)
                        .hint("Write the variable without braces, e.g. {%% %s page.title %%}.", name)
                        .exception();
            }
            String output = template.substring(i, outEnd + 2);
            Matcher glued = GLUED.matcher(output);
            SourcePlaces.Place at = places.at(i);
            if (glued.matches()) {
                lax(output, "Jekyll reads it as the variable " + glued.group(1) + ".",
                        "the variable without braces: " + glued.group(1), at, file, mode, warnings);
                out[i] = out[i + 1] = ' ';
                out[outEnd] = out[outEnd + 1] = ' ';
            } else if (isNameChar(template.charAt(i + 2))) {
                // "{{name | filter}}": the lax parser's first fragment is "{{name", the variable. assign
                // reads filters after it; the other tags read no more of it.
                String name0 = nameAfter(template, i + 2, outEnd);
                int nameEnd = i + 2 + name0.length();
                boolean filters = name.equals("assign");
                lax(output, "Jekyll reads it as the variable " + name0 + (filters ? " with the filters after it."
                        : "; the rest inside the braces is ignored."), "the variable without braces: " + name0, at,
                        file, mode, warnings);
                out[i] = out[i + 1] = ' ';
                for (int k = filters ? outEnd : nameEnd; k < outEnd + 2; k++) {
                    out[k] = template.charAt(k) == '\n' ? '\n' : ' ';
                }
            } else if (name.equals("assign")) {
                lax(output, "Jekyll reads it as nil: its lax parser takes the bare {{ for the variable, then "
                        + "applies the filters after it.", "the variable without braces to assign its value: "
                        + output.substring(2, output.length() - 2).strip(), at, file, mode, warnings);
                int pipe = pipeIn(template, i + 2, outEnd);
                for (int k = i; k < outEnd + 2; k++) {
                    if (k < pipe || k >= outEnd) {
                        out[k] = template.charAt(k) == '\n' ? '\n' : ' ';
                    }
                }
                out[i] = 'n';
                out[i + 1] = 'i';
                out[i + 2] = 'l';
            } else if ((name.equals("for") || name.equals("tablerow"))
                    && COLLECTION.matcher(template.substring(start, i)).find()) {
                lax(output, "Jekyll reads it as nil (its lax parser takes the bare {{ for the collection), so the "
                        + "loop runs no time.", "the variable without braces to loop over it: "
                        + output.substring(2, output.length() - 2).strip(), at, file, mode, warnings);
                for (int k = i; k < outEnd + 2; k++) {
                    out[k] = template.charAt(k) == '\n' ? '\n' : ' ';
                }
                // [""] looks up the variable with the empty name: nil, as in Jekyll, whatever the page defines.
                out[i] = '[';
                out[i + 1] = '"';
                out[i + 2] = '"';
                out[i + 3] = ']';
            } else {
                throw Diagnostic.error("Liquid output inside a tag").at(file, at.line(), at.column())
                        .detail("%s inside {%% %s %%} is not a value; Jekyll fails on it too.", output, name)
                        .hint("Write the variable without braces: {%% %s %s %%}.", name,
                                output.substring(2, output.length() - 2).strip())
                        .exception();
            }
            i = outEnd + 2;
        }
    }

    /** The first '|' outside quotes in [from, to), or {@code to}. */
    private static int pipeIn(String template, int from, int to) {
        char quote = 0;
        for (int k = from; k < to; k++) {
            char c = template.charAt(k);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '|') {
                return k;
            }
        }
        return to;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ']' || c == '?';
    }

    private static String nameBefore(String template, int from, int at) {
        int i = at;
        while (i > from && isNameChar(template.charAt(i - 1))) {
            i--;
        }
        return template.substring(i, at);
    }

    private static String nameAfter(String template, int at, int to) {
        int i = at;
        while (i < to && isNameChar(template.charAt(i))) {
            i++;
        }
        return template.substring(at, i);
    }

    private static void lax(String output, String reading, String strictForm, SourcePlaces.Place at, String file,
                            ErrorMode mode, Diagnostics warnings) {
        if (mode == ErrorMode.LAX) {
            return;
        }
        Diagnostic.Builder problem = (mode == ErrorMode.STRICT ? Diagnostic.error("Liquid output inside a tag")
                : Diagnostic.warning("Liquid output inside a tag"))
                .at(file, at.line(), at.column())
                .detail("%s inside a tag is not Liquid's strict syntax; %s", output, reading)
                .hint("Write %s. (liquid: error_mode in _config.yml decides: lax reads it silently, warn with this "
                        + "warning, strict refuses it.)", strictForm);
        if (mode == ErrorMode.STRICT) {
            throw problem.exception();
        }
        warnings.add(problem.build());
    }
}
