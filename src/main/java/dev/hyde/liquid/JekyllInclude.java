package dev.hyde.liquid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup of Jekyll's {@code include} tag, read with Jekyll 4.3's own rules
 * ({@code lib/jekyll/tags/include.rb}): a file name, where a {@code {{ }}} anywhere makes the
 * whole name a Liquid template ({@code custom/{{ page.map_name }}.html}), then
 * {@code key=value} parameters whose values are double- or single-quoted strings (with
 * {@code \"} or {@code \'} inside, spaces, line breaks, Markdown) or a variable.
 *
 * @param file     the file name as written, or the Liquid source that renders it
 * @param template whether {@code file} is Liquid to render
 * @param params   the parameters, in order; null when the tag has none (then {@code include}
 *                 keeps the value it has outside)
 */
record JekyllInclude(String file, boolean template, List<Param> params) {
    private static final String VALUE = "(?:\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"|'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|([\\w.-]+))";
    /** Jekyll's VALID_SYNTAX. */
    private static final Pattern PARAM = Pattern.compile("([\\w-]+)\\s*=\\s*" + VALUE);
    /** Jekyll's VARIABLE_SYNTAX (Ruby's /m is Java's DOTALL). */
    private static final Pattern VARIABLE = Pattern.compile(
            "(?<variable>[^{]*(\\{\\{\\s*[\\w\\-.]+\\s*(\\|.*)?}}[^\\s{}]*)+)(?<params>.*)", Pattern.DOTALL);
    /** Jekyll's FULL_VALID_SYNTAX. */
    private static final Pattern ALL_PARAMS = Pattern.compile(
            "\\A\\s*(?:([\\w-]+)\\s*=\\s*" + VALUE + "(?=\\s|\\z)\\s*)*\\z");

    /**
     * One {@code key=value}.
     *
     * @param key      the name, seen as {@code include.key}
     * @param text     the string, its escaped quotes unescaped; null for a variable
     * @param variable the variable (or literal) whose value is passed; null for a string
     */
    record Param(String key, String text, String variable) {
    }

    JekyllInclude {
        params = params == null ? null : List.copyOf(params);
    }

    /**
     * @return the include, or the parameters Jekyll refuses ("Invalid syntax for include tag")
     */
    static Result read(String markup) {
        String stripped = markup.strip();
        Matcher variable = VARIABLE.matcher(stripped);
        String file;
        String params;
        // Without "{{" the pattern cannot match, and finding that out tries it from every offset.
        boolean template = stripped.contains("{{") && variable.find();
        if (template) {
            file = variable.group("variable").strip();
            params = variable.group("params").strip();
        } else {
            String[] parts = stripped.split("\\s+", 2);
            file = parts[0];
            params = parts.length > 1 ? parts[1] : null;
        }
        if (params == null) {
            return new Result(Optional.of(new JekyllInclude(file, template, null)), "");
        }
        if (!ALL_PARAMS.matcher(params).matches()) {
            return new Result(Optional.empty(), params);
        }
        List<Param> list = new ArrayList<>();
        Matcher m = PARAM.matcher(params);
        while (m.find()) {
            if (m.group(2) != null) {
                list.add(new Param(m.group(1), m.group(2).replace("\\\"", "\""), null));
            } else if (m.group(3) != null) {
                list.add(new Param(m.group(1), m.group(3).replace("\\'", "'"), null));
            } else {
                list.add(new Param(m.group(1), null, m.group(4)));
            }
        }
        return new Result(Optional.of(new JekyllInclude(file, template, list)), "");
    }

    /** The include read, or the parameter text Jekyll refuses. */
    record Result(Optional<JekyllInclude> include, String invalidParams) {
    }
}
