package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of one kramdown attribute list ({@code {: #id .class key="value" ref}}), or several
 * merged: attributes in the order written, plus the names of referenced attribute list
 * definitions ({@code {:ref: ...}}) and of markers such as {@code toc}.
 *
 * <p>The grammar is kramdown's ({@code parse_attribute_list}): tokens are separated by
 * whitespace, anything that is not a valid token is skipped, classes accumulate, everything else
 * is overwritten by a later value.
 */
final class AttributeList {

    private static final String NAME = "\\w[\\w-]*";

    /**
     * One token of an attribute list: key="value" / key='value' (with \} and the escaped quote
     * allowed inside), a bare reference name, or a run of #id and .class parts. Ruby's \w is ASCII,
     * as is Java's by default.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\A|\\s)(?:(" + NAME + ")=([\"'])((?:\\\\\\}|\\\\\\2|[^}])*?)\\2"
                    + "|(" + NAME + ")"
                    + "|((?:#[A-Za-z][\\w:-]*|\\.[^\\s.#]+)+))(?=\\s|\\z)");

    private static final Pattern ID_OR_CLASS = Pattern.compile("#([A-Za-z][\\w:-]*)|\\.([^\\s.#]+)");

    /** What HTML allows as an attribute name; kramdown's keys may start with a digit. */
    private static final Pattern HTML_NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<String> refs = new ArrayList<>();

    /** Parses the text between {@code {:} and {@code }}. */
    static AttributeList parse(String body) {
        AttributeList list = new AttributeList();
        Matcher token = TOKEN.matcher(body);
        while (token.find()) {
            if (token.group(1) != null) {
                String quote = token.group(2);
                String value = token.group(3).replace("\\}", "}").replace("\\" + quote, quote);
                list.attributes.put(token.group(1), value);
            } else if (token.group(4) != null) {
                list.refs.add(token.group(4));
            } else {
                Matcher part = ID_OR_CLASS.matcher(token.group(5));
                while (part.find()) {
                    if (part.group(1) != null) {
                        list.attributes.put("id", part.group(1));
                    } else {
                        list.addClass(part.group(2));
                    }
                }
            }
        }
        return list;
    }

    private void addClass(String name) {
        String current = attributes.get("class");
        attributes.put("class", current == null || current.isEmpty() ? name : current + " " + name);
    }

    /** Adds a later list for the same element: its classes are appended, the rest overrides. */
    void merge(AttributeList later) {
        refs.addAll(later.refs);
        later.attributes.forEach(this::mergeAttribute);
    }

    private void mergeAttribute(String key, String value) {
        if (key.equals("class")) {
            addClass(value);
        } else {
            attributes.put(key, value);
        }
    }

    boolean hasRef(String name) {
        return refs.contains(name);
    }

    /**
     * The attributes with referenced definitions applied first, as kramdown does; a definition
     * referring back to itself is applied once.
     */
    Map<String, String> resolve(Map<String, AttributeList> definitions) {
        AttributeList resolved = new AttributeList();
        resolveInto(resolved, definitions, new ArrayList<>());
        return resolved.attributes;
    }

    private void resolveInto(AttributeList target, Map<String, AttributeList> definitions, List<String> active) {
        for (String ref : refs) {
            AttributeList definition = definitions.get(ref);
            if (definition != null && !active.contains(ref)) {
                active.add(ref);
                definition.resolveInto(target, definitions, active);
                active.remove(active.size() - 1);
            }
        }
        attributes.forEach(target::mergeAttribute);
    }

    /**
     * Puts {@code resolved} onto an element's attributes the way kramdown does: classes are added
     * to the element's own, other values replace them. Names HTML does not allow and empty ids are
     * left out; values are escaped by the HTML writer.
     */
    static void applyTo(Map<String, String> resolved, Map<String, String> attributes) {
        resolved.forEach((key, value) -> {
            if (!HTML_NAME.matcher(key).matches()) {
                return;
            }
            if (key.equals("id") && value.isBlank()) {
                return;
            }
            if (key.equals("class") && attributes.containsKey("class") && !attributes.get("class").isEmpty()) {
                attributes.put("class", attributes.get("class") + " " + value);
            } else {
                attributes.put(key, value);
            }
        });
    }
}
