package dev.hyde.extension;

import dev.hyde.diag.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Jekyll site's Ruby plugins ({@code _plugins/*.rb}), which Hyde cannot run: what each one
 * defines, read from its text, so that a page using one of its tags or filters is told where the
 * tag comes from and how to port it, instead of only "unknown tag".
 */
public final class RubyPlugins {
    private static final Pattern TAG = Pattern.compile("register_(?:tag|block)\\s*\\(?\\s*['\":]([\\w-]+)");
    private static final Pattern FILTER_MODULE = Pattern.compile("register_filter\\s*\\(?\\s*([\\w:]+)");
    private static final Pattern METHOD = Pattern.compile("(?m)^\\s*def\\s+([a-z_]\\w*[?!]?)");
    private static final Pattern GENERATOR = Pattern.compile("class\\s+(\\w+)\\s*<\\s*(?:Jekyll::)?Generator\\b");
    private static final Pattern HOOK = Pattern.compile("Jekyll::Hooks\\.register\\s*\\(?\\s*:(\\w+)\\s*,\\s*:(\\w+)");
    private static final Pattern UNKNOWN = Pattern.compile("Unknown Liquid (tag|filter): ([\\w-]+)");

    /** One plugin file and what it defines. */
    public record Plugin(String file, Set<String> tags, Set<String> filters, Set<String> generators, Set<String> hooks) {
    }

    private RubyPlugins() {
    }

    /** The plugins under {@code root/_plugins}, by project-relative file name; none when there is no such folder. */
    public static List<Plugin> of(Path root) {
        Path folder = root.resolve("_plugins");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Plugin> plugins = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rb") && Files.isRegularFile(f)).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Set<String> tags = all(TAG, text, 1);
                Set<String> filters = filterMethods(text);
                Set<String> hooks = new TreeSet<>();
                Matcher hook = HOOK.matcher(text);
                while (hook.find()) {
                    hooks.add(hook.group(1) + ":" + hook.group(2));
                }
                plugins.add(new Plugin(root.relativize(file).toString().replace('\\', '/'), tags, filters,
                        all(GENERATOR, text, 1), hooks));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return plugins; // an unreadable plugin only costs the better hint
        }
        return plugins;
    }

    /** The methods of each module passed to {@code register_filter}: its {@code def}s up to the module's {@code end}. */
    private static Set<String> filterMethods(String text) {
        Set<String> found = new TreeSet<>();
        Matcher registered = FILTER_MODULE.matcher(text);
        while (registered.find()) {
            String module = registered.group(1).substring(registered.group(1).lastIndexOf(':') + 1);
            Matcher declared = Pattern.compile("(?m)^([ \\t]*)module\\s+(?:[\\w:]+::)?" + Pattern.quote(module) + "\\b")
                    .matcher(text);
            if (!declared.find()) {
                continue;
            }
            String indent = declared.group(1);
            String[] lines = text.substring(declared.end()).split("\n", -1);
            for (int i = 1; i < lines.length && !lines[i].equals(indent + "end"); i++) {
                Matcher method = METHOD.matcher(lines[i]);
                if (method.find()) {
                    found.add(method.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> all(Pattern pattern, String text, int group) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    /**
     * The build's diagnostics with every "unknown tag/filter" that a Ruby plugin defines explained,
     * and one warning per plugin naming what of it the pages use.
     */
    public static List<Diagnostic> explain(List<Plugin> plugins, List<Diagnostic> diagnostics) {
        if (plugins.isEmpty()) {
            return diagnostics;
        }
        Map<String, Plugin> byName = new LinkedHashMap<>();
        for (Plugin plugin : plugins) {
            plugin.tags().forEach(tag -> byName.putIfAbsent("tag " + tag, plugin));
            plugin.filters().forEach(filter -> byName.putIfAbsent("filter " + filter, plugin));
        }
        Map<Plugin, Set<String>> used = new LinkedHashMap<>();
        Map<Plugin, Set<String>> pages = new LinkedHashMap<>();
        List<Diagnostic> out = new ArrayList<>(diagnostics.size() + plugins.size());
        for (Diagnostic d : diagnostics) {
            Matcher m = UNKNOWN.matcher(d.title());
            Plugin plugin = m.matches() ? byName.get(m.group(1) + " " + m.group(2)) : null;
            if (plugin == null) {
                out.add(d);
                continue;
            }
            String kind = m.group(1);
            String name = m.group(2);
            used.computeIfAbsent(plugin, p -> new TreeSet<>()).add(kind.equals("tag") ? "{% " + name + " %}" : "| " + name);
            pages.computeIfAbsent(plugin, p -> new TreeSet<>()).add(d.file());
            Diagnostic.Builder explained = d.isError() ? Diagnostic.error(d.title()) : Diagnostic.warning(d.title());
            out.add(explained.at(d.file(), d.line(), d.column())
                    .detail("The %s %s is defined by the Ruby plugin %s, which Hyde cannot run.", kind, name, plugin.file())
                    .hint("Port it to a Java extension (README, \"Extending Hyde\") and build with --plugin-path, or build "
                            + "with --keep-going to leave the pages that use it out for now.")
                    .build());
        }
        for (Plugin plugin : plugins) {
            Set<String> names = used.get(plugin);
            String defines = describe(plugin);
            out.add(Diagnostic.warning("Ruby plugin not run: " + plugin.file()).at(plugin.file())
                    .detail("%s%s", defines, names == null ? " No page uses its tags or filters."
                            : " Used: " + String.join(", ", names) + ", by " + pages.get(plugin).size()
                            + (pages.get(plugin).size() == 1 ? " file." : " files."))
                    .hint("Hyde runs no Ruby. Port what the site needs to a Java extension (README, \"Extending Hyde\").")
                    .build());
        }
        return out;
    }

    private static String describe(Plugin plugin) {
        List<String> parts = new ArrayList<>();
        if (!plugin.tags().isEmpty()) {
            parts.add("the tags " + String.join(", ", plugin.tags()));
        }
        if (!plugin.filters().isEmpty()) {
            parts.add("the filters " + String.join(", ", plugin.filters()));
        }
        if (!plugin.generators().isEmpty()) {
            parts.add("the generators " + String.join(", ", plugin.generators()));
        }
        if (!plugin.hooks().isEmpty()) {
            parts.add("hooks on " + String.join(", ", plugin.hooks()));
        }
        return parts.isEmpty() ? "It defines nothing Hyde recognises." : "It defines " + String.join("; ", parts) + ".";
    }
}
