package dev.hyde.liquid;

import dev.hyde.config.ProjectLayout;
import dev.hyde.text.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The includes folder of one build. Each include is read and parsed once, on first use, and shared
 * by every page after that. Names that would leave the folder ({@code ../../pom.xml}, absolute
 * paths, links pointing out) are refused, so a page cannot publish files from elsewhere.
 */
final class IncludeLibrary {
    private final ProjectLayout layout;
    private final Path folder;
    private final Function<Source, LiquidTemplate> parser;
    private final Map<String, LiquidTemplate> parsed = new ConcurrentHashMap<>();

    /** The text of one include, to be parsed. */
    record Source(String text, String file) {
    }

    IncludeLibrary(ProjectLayout layout, Function<Source, LiquidTemplate> parser) {
        this.layout = layout;
        this.folder = layout.includes();
        this.parser = parser;
    }

    /** The parsed include; throws {@link IncludeProblem} when it is missing or not allowed. */
    LiquidTemplate get(String name) {
        return parsed.computeIfAbsent(name, n -> {
            Path file = resolve(n);
            String shownAs = layout.relative(file);
            return parser.apply(new Source(Utf8Text.read(file, shownAs), shownAs));
        });
    }

    private Path resolve(String name) {
        String shownFolder = layout.relative(folder) + "/";
        if (name.isBlank()) {
            throw new IncludeProblem(name, "Include name is empty", "", "Write e.g. {% include note.html %}.");
        }
        Path candidate = folder.resolve(name).normalize();
        if (Path.of(name).isAbsolute() || !candidate.startsWith(folder)) {
            throw new IncludeProblem(name, "Include path leaves the includes folder",
                    String.format("'%s' points outside %s.", name, shownFolder),
                    "Includes can only come from " + shownFolder + "; move the file there.");
        }
        if (!Files.isRegularFile(candidate)) {
            throw new IncludeProblem(name, "Include not found: " + name,
                    String.format("Looked for %s in %s.", name, shownFolder),
                    "Create " + shownFolder + name + ", or fix the name in the include tag.");
        }
        try {
            if (!candidate.toRealPath().startsWith(folder.toRealPath())) {
                throw new IncludeProblem(name, "Include path leaves the includes folder",
                        String.format("'%s' is a link to a file outside %s.", name, shownFolder),
                        "Copy the file into " + shownFolder + " instead of linking to it.");
            }
        } catch (IOException e) {
            throw new IncludeProblem(name, "Include cannot be read: " + name, String.valueOf(e.getMessage()), "");
        }
        return candidate;
    }
}
