package dev.hyde.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Hyde's version and those of the libraries that decide what a site looks like, each read from
 * metadata the build or the library's own jar carries, never from a string kept by hand: Hyde's
 * from {@code hyde.properties}, which Maven writes with the project's version; commonmark-java's
 * and Liqp's from the {@code pom.properties} their jars hold; FreeMarker's from FreeMarker itself;
 * Dart Sass's from the properties file of the sass-embedded host that bundles it.
 */
public final class Versions {
    /** Shown where a version cannot be read (e.g. classes run from an IDE without the filtered resource). */
    public static final String UNKNOWN = "unknown";

    private Versions() {
    }

    /** Hyde's own version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String hyde() {
        return property("/dev/hyde/about/hyde.properties", "version").orElse(UNKNOWN);
    }

    /** The libraries by name, in the order they act on a page. */
    public static Map<String, String> libraries() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("commonmark-java", pomVersion("org.commonmark", "commonmark"));
        versions.put("Liqp", pomVersion("nl.big-o", "liqp"));
        versions.put("FreeMarker", freemarker.template.Configuration.getVersion().toString());
        versions.put("Dart Sass", property("/de/larsgrefer/sass/embedded/sass-embedded-host.properties",
                "dartSassVersion").orElse(UNKNOWN));
        return versions;
    }

    private static String pomVersion(String groupId, String artifactId) {
        return property("/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties", "version").orElse(UNKNOWN);
    }

    private static Optional<String> property(String resource, String key) {
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty(key)).map(String::strip)
                    .filter(v -> !v.isEmpty() && !v.startsWith("${"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
