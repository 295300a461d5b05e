package dev.hyde.extension;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The extensions of one build: every {@link HydeExtension} a class loader offers, checked so
 * that no two define the same tag or filter and none replaces one of Liquid's own tags.
 */
public final class Extensions {
    /** Tags Liquid, Jekyll and Hyde already have: an extension may not take their names. */
    private static final Set<String> BUILT_IN_TAGS = Set.of("assign", "capture", "case", "comment", "cycle",
            "decrement", "for", "if", "ifchanged", "include", "include_cached", "include_relative", "increment",
            "raw", "tablerow", "unless", "break", "continue", "highlight", "link", "post_url", "seo", "when",
            "feed_meta", "avatar",
            "else", "elsif", "echo", "liquid", "render");

    private static final Extensions NONE = new Extensions(List.of(), List.of(), List.of());

    private final List<TagExtension> tags;
    private final List<FilterExtension> filters;
    private final List<GeneratorExtension> generators;

    private Extensions(List<TagExtension> tags, List<FilterExtension> filters, List<GeneratorExtension> generators) {
        this.tags = List.copyOf(tags);
        this.filters = List.copyOf(filters);
        this.generators = List.copyOf(generators);
    }

    public static Extensions none() {
        return NONE;
    }

    /**
     * The extensions in the jars of {@code path}: each entry a jar, or a folder whose {@code *.jar}
     * files are read (a folder of classes is read too), seen through {@code parent}.
     *
     * @throws DiagnosticException when an entry does not exist or an extension cannot be loaded
     */
    public static Extensions fromPath(List<Path> path, ClassLoader parent) {
        if (path.isEmpty()) {
            return load(parent);
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : path) {
            if (!Files.exists(entry)) {
                throw Diagnostic.error("Plugin path not found").at(entry.toString())
                        .detail("%s does not exist.", entry)
                        .hint("Give --plugin-path a jar, or a folder of jars, that holds Hyde extensions.").exception();
            }
            try {
                urls.add(entry.toUri().toURL());
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.list(entry)) {
                        for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                            urls.add(jar.toUri().toURL());
                        }
                    }
                }
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // Kept open for the life of the build's engines, which call into its classes.
        return load(new URLClassLoader(urls.toArray(URL[]::new), parent));
    }

    /**
     * Every extension {@code loader} offers ({@code META-INF/services/dev.hyde.extension.HydeExtension}).
     *
     * @throws DiagnosticException when one cannot be loaded, or two define the same name
     */
    public static Extensions load(ClassLoader loader) {
        List<TagExtension> tags = new ArrayList<>();
        List<FilterExtension> filters = new ArrayList<>();
        List<GeneratorExtension> generators = new ArrayList<>();
        Map<String, String> tagOwners = new HashMap<>();
        Map<String, String> filterOwners = new HashMap<>();
        try {
            for (HydeExtension extension : ServiceLoader.load(HydeExtension.class, loader)) {
                String owner = extension.getClass().getName();
                for (TagExtension tag : extension.tags()) {
                    claim("tag", tag.name(), owner, tagOwners);
                    if (BUILT_IN_TAGS.contains(tag.name())) {
                        throw Diagnostic.error("Extension tag replaces a built-in tag: " + tag.name())
                                .at(owner).detail("%s defines {%% %s %%}, which Liquid or Hyde already has.", owner, tag.name())
                                .hint("Give the tag another name.").exception();
                    }
                    tags.add(tag);
                }
                for (FilterExtension filter : extension.filters()) {
                    claim("filter", filter.name(), owner, filterOwners);
                    filters.add(filter);
                }
                generators.addAll(extension.generators());
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw Diagnostic.error("Extension could not be loaded")
                    .detail("%s", e.getMessage() == null ? e.toString() : e.getMessage())
                    .hint("Check the jar's META-INF/services/dev.hyde.extension.HydeExtension: each line must name "
                            + "a public class with a public no-argument constructor that implements HydeExtension, "
                            + "built for Java 17 or older.").exception();
        }
        return tags.isEmpty() && filters.isEmpty() && generators.isEmpty() ? NONE
                : new Extensions(tags, filters, generators);
    }

    private static void claim(String kind, String name, String owner, Map<String, String> owners) {
        if (name == null || !name.matches("[A-Za-z_][\\w-]*")) {
            throw Diagnostic.error("Extension " + kind + " has no usable name").at(owner)
                    .detail("%s names a %s %s.", owner, kind, name == null ? "null" : "'" + name + "'")
                    .hint("Use letters, digits, '_' and '-', starting with a letter.").exception();
        }
        String earlier = owners.putIfAbsent(name, owner);
        if (earlier != null) {
            throw Diagnostic.error("Two extensions define the " + kind + " " + name).at(owner)
                    .detail("%s and %s both define it.", earlier, owner)
                    .hint("Keep one of the two jars, or rename one " + kind + ".").exception();
        }
    }

    public List<TagExtension> tags() {
        return tags;
    }

    public List<FilterExtension> filters() {
        return filters;
    }

    public List<GeneratorExtension> generators() {
        return generators;
    }

    /** The names of the extensions' tags. */
    public Set<String> tagNames() {
        Set<String> names = new TreeSet<>();
        tags.forEach(tag -> names.add(tag.name()));
        return names;
    }

    /** The names of the extensions' filters. */
    public Set<String> filterNames() {
        Set<String> names = new TreeSet<>();
        filters.forEach(filter -> names.add(filter.name()));
        return names;
    }
}
