package dev.hyde.liquid;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import dev.hyde.deps.ReadRecorder;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jekyll's {@code {% include name.html key=value %}} (a file from the includes folder) and
 * {@code {% include_relative file %}} (a file next to the page): renders it with the parameters
 * as {@code include.key}. Variables the include assigns stay visible to the
 * page afterwards, as in Jekyll. Unlike Liqp's own tag, it takes parsed includes from the build's
 * {@link IncludeLibrary} instead of parsing the file at every use, and reports problems instead
 * of rendering nothing.
 */
final class IncludeTag extends Tag {
    private static final String REGISTRY = "hyde.include";
    private static final String STACK = "stack";
    private static final String READS = "reads";
    private static final String FILE = "file";
    /**
     * Includes open at once. An include may include itself (a navigation tree does, a level per
     * call); Jekyll 4.3's Liquid stops at the 100th open at once with "Nesting too deep".
     */
    private static final int MAX_DEPTH = 99;
    private static final String CACHED = "cached";

    /**
     * Where one include tag stands, and whether it has parameters: the first node of every include
     * (see {@link LenientNodeVisitor}), so a problem points at the tag that has it.
     *
     * @param line   the file line of the tag
     * @param column the column of its {@code {%}
     * @param params whether the tag passes parameters (then {@code include} is set anew, as in Jekyll)
     * @param name   the name as written, when Liquid in it renders the name; else empty
     */
    record Call(int line, int column, boolean params, String name) {
    }

    /** Jekyll's VALID_FILENAME_CHARS: what Jekyll accepts in a name once its Liquid is rendered. */
    private static final java.util.regex.Pattern JEKYLL_NAME = java.util.regex.Pattern.compile("[\\w/.\\-()+~#@]+");

    /** Finds the parsed include a tag names, given the file being rendered. */
    interface Resolver {
        LiquidTemplate resolve(String name, String renderedFile);
    }

    private final Resolver resolver;

    /**
     * jekyll-include-cache's cache for this build: an include's output by its name and parameters.
     * Pages render in parallel; two may render the same include at once and the first stored
     * wins, as the output only differs where the plugin's caveat applies (the include reads the
     * page or variables assigned outside it).
     */
    private final Map<CacheKey, String> cache = new ConcurrentHashMap<>();
    private final Object firstRenderings = new Object();

    private IncludeTag(String tagName, Resolver resolver) {
        super(tagName);
        this.resolver = resolver;
    }

    /**
     * jekyll-include-cache's {@code {% include_cached name params %}}: the include node of the
     * same tag written {@code include}, rendered once per name and parameters and its output
     * reused after. On reuse nothing in the include runs, so it assigns nothing, as in the plugin.
     */
    static LNode cached(LNode include) {
        return context -> {
            Map<String, Object> registry = context.getRegistry(REGISTRY);
            registry.put(CACHED, Boolean.TRUE);
            return include.render(context);
        };
    }

    /**
     * The plugin keys its cache on the include's path and the hash of the parameter values:
     * by content for text, numbers and lists, by identity for Jekyll's drops (a page, the site).
     * Hyde's values compare by content; a page's view is made anew for every page, so a page
     * passed as a parameter is cached per page, as the plugin does.
     */
    private record CacheKey(String name, Map<String, Object> params) {
        @Override
        public int hashCode() {
            // Shallow: hashing site.pages deeply on every use would cost more than the include.
            int hash = name.hashCode();
            if (params != null) {
                for (Map.Entry<String, Object> e : params.entrySet()) {
                    Object v = e.getValue();
                    hash += e.getKey().hashCode() ^ (v == null ? 0 : v instanceof CharSequence || v instanceof Number
                            || v instanceof Boolean ? v.hashCode() : v.getClass().hashCode());
                }
            }
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CacheKey other && name.equals(other.name) && Objects.equals(params, other.params);
        }
    }

    /** {@code {% include name %}}: from the includes folder. */
    static IncludeTag fromFolder(IncludeLibrary library) {
        return new IncludeTag("include", (name, file) -> library.get(name));
    }

    /** {@code {% include_relative path %}}: next to the file being rendered, inside the site. */
    static IncludeTag relative(RelativeIncludes includes) {
        return new IncludeTag("include_relative", includes::get);
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        boolean cached = context.getRegistry(REGISTRY).remove(CACHED) != null;
        Call call = (Call) nodes[0].render(context);
        try {
            return render(context, call, cached, nodes);
        } catch (IncludeProblem e) {
            throw e.at(call);
        }
    }

    private Object render(TemplateContext context, Call call, boolean cached, LNode... nodes) {
        String name = asString(nodes[1].render(context), context).strip();
        Map<String, Object> variables = new HashMap<>();
        Map<String, Object> params = call.params() ? new HashMap<>() : null;
        if (params != null) {
            for (int i = 2; i < nodes.length; i++) {
                Object pair = nodes[i].render(context);
                if (pair instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> params.put(String.valueOf(k), v));
                }
            }
            variables.put("include", params);
        }
        ReadRecorder reads = (ReadRecorder) context.getRegistry(REGISTRY).get(READS);
        if (reads != null) {
            reads.include(name);
        }
        checkName(name);
        LiquidTemplate include;
        try {
            include = resolver.resolve(name, (String) context.getRegistry(REGISTRY).get(FILE));
        } catch (IncludeProblem e) {
            throw e.renderedFrom(call.name());
        }
        if (reads != null) {
            reads.file(include.file());
        }
        if (!cached) {
            return renderInclude(context, name, include, variables);
        }
        CacheKey key = new CacheKey(name, params);
        String kept = cache.get(key);
        if (kept != null) {
            return kept;
        }
        // The first rendering of a cached include is the only one, as in the plugin: what it
        // assigns happens on one page. Pages render in parallel, so first renderings take turns
        // (one lock, which a nested cached include takes again, so no two pages wait on each other).
        synchronized (firstRenderings) {
            kept = cache.get(key);
            if (kept != null) {
                return kept;
            }
            String output = renderInclude(context, name, include, variables);
            cache.put(key, output);
            return output;
        }
    }

    private String renderInclude(TemplateContext context, String name, LiquidTemplate include,
                                 Map<String, Object> variables) {
        Deque<String> stack = stack(context);
        if (stack.size() >= MAX_DEPTH) {
            throw new IncludeProblem(name, "Includes nested too deep: " + name,
                    "It would be the %dth include open at once, where Jekyll stops with \"Nesting too deep\": %s."
                            .formatted(MAX_DEPTH + 1, chain(stack, name)),
                    "An include may include itself, as a navigation tree does, but only until a condition "
                            + "stops it: check the {% if %} around the include that repeats.");
        }
        stack.push(name);
        try {
            return include.textRuns().restore(String.valueOf(include.root().render(context.newChildContext(variables))));
        } catch (IncludeProblem e) {
            // The failing tag is inside this include: point at the include's own file and line.
            throw e.locatedIn(include);
        } finally {
            stack.pop();
        }
    }

    /**
     * No file name holds a NUL or a control character; the path library would only say "Nul
     * character not allowed". Most often a variable holds more than the name (a line break).
     */
    private void checkName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IncludeProblem(name, "Include name has a control character",
                        String.format("The name %s holds character U+%04X at position %d.", quoted(name), (int) c, i + 1),
                        "Give the bare file name, e.g. {% " + name + " note.html %}; if a variable builds it, "
                                + "check that it holds no line break or other invisible character.");
            }
        }
        if (!name.isEmpty() && !JEKYLL_NAME.matcher(name).matches()) {
            throw new IncludeProblem(name, "Include name is not a file name",
                    String.format("%s has characters Jekyll does not allow in an include name.", quoted(name)),
                    name.contains("=") ? "Jekyll takes everything up to the last {{ }} as the file name, so "
                            + "parameters written with {{ }} become part of it: write key=variable without braces, "
                            + "e.g. {% " + getName() + " note.html text=page.title %}."
                            : "Use letters, digits and / . - _ ( ) + ~ # @ in include names.");
        }
        try {
            java.nio.file.Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IncludeProblem(name, "Include name is not a file name", String.format("%s: %s", quoted(name),
                    e.getReason()), "Give the bare file name, e.g. {% " + name + " note.html %}.");
        }
    }

    /** The name with its invisible characters shown, as Java escapes them. */
    private static String quoted(String name) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < name.length() && i < 200; i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append(name.length() > 200 ? "…'" : "'").toString();
    }

    /**
     * Makes every include rendered in this context (and in nested includes) be recorded in
     * {@code reads}, and relative includes be found next to {@code file}.
     */
    static void prepare(TemplateContext context, ReadRecorder reads, String file) {
        Map<String, Object> registry = context.getRegistry(REGISTRY);
        registry.put(READS, reads);
        registry.put(FILE, file);
    }

    /** Records that the rendering in this context compiled Sass ({@code scssify}). */
    static void sassCompiled(TemplateContext context) {
        ReadRecorder reads = (ReadRecorder) context.getRegistry(REGISTRY).get(READS);
        if (reads != null) {
            reads.sass();
        }
    }

    @SuppressWarnings("unchecked")
    private static Deque<String> stack(TemplateContext context) {
        Map<String, Object> registry = context.getRegistry(REGISTRY);
        return (Deque<String>) registry.computeIfAbsent(STACK, k -> new ArrayDeque<String>());
    }

    /** The open includes, outermost first. */
    /** The chain of includes open, then {@code name}: its start and its end when it is long. */
    private static String chain(Deque<String> stack, String name) {
        List<String> names = new ArrayList<>(stack);
        Collections.reverse(names);
        names.add(name);
        if (names.size() <= 8) {
            return String.join(" -> ", names);
        }
        return String.join(" -> ", names.subList(0, 4)) + " -> ... -> "
                + String.join(" -> ", names.subList(names.size() - 3, names.size()));
    }
}
