package dev.hyde.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The theme's files, listed in {@code dev/hyde/theme/files.txt} (a jar cannot be listed like a
 * folder; a test checks the list against the folder).
 */
public final class Theme {
    static final String ROOT = "dev/hyde/theme/";
    private static final String LAYOUTS = "layouts/";
    private static final String ASSETS = "assets/";

    private Theme() {
    }

    /** How diagnostics name a theme file. */
    public static String shownAs(String relative) {
        return "(built-in theme) " + relative;
    }

    /** The theme's layouts, as names below its layouts folder ({@code default.ftlh}). */
    public static List<String> layouts() {
        return Files.LIST.stream().filter(f -> f.startsWith(LAYOUTS)).map(f -> f.substring(LAYOUTS.length())).toList();
    }

    /** The text of one of {@link #layouts()}. */
    public static String layout(String name) {
        return read(ROOT + LAYOUTS + name);
    }

    /** The theme's assets as site paths ({@code assets/css/hyde.css}): published as the project's own are. */
    public static List<String> assets() {
        return Files.LIST.stream().filter(f -> f.startsWith(ASSETS)).toList();
    }

    /** The class path resource of one of {@link #assets()}. */
    public static String resource(String asset) {
        return ROOT + asset;
    }

    static String read(String resource) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("theme file missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read once, when first asked for. */
    private static final class Files {
        private static final List<String> LIST = read(ROOT + "files.txt").lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
