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
 * Files for {@code {% include_relative %}}: found next to the file being rendered, parsed once
 * per build, and never outside the project (Jekyll refuses {@code ..} out of the site too).
 */
final class RelativeIncludes {
    private final ProjectLayout project;
    private final Function<IncludeLibrary.Source, LiquidTemplate> parser;
    private final Map<Path, LiquidTemplate> parsed = new ConcurrentHashMap<>();

    RelativeIncludes(ProjectLayout project, Function<IncludeLibrary.Source, LiquidTemplate> parser) {
        this.project = project;
        this.parser = parser;
    }

    /** @param renderedFile the project-relative file holding the tag */
    LiquidTemplate get(String name, String renderedFile) {
        Path from = project.root().resolve(renderedFile == null ? "" : renderedFile).getParent();
        Path file = from.resolve(name).normalize();
        if (Path.of(name).isAbsolute() || !file.startsWith(project.root())) {
            throw new IncludeProblem(name, "Relative include leaves the site",
                    String.format("'%s' points outside %s.", name, project.root()),
                    "include_relative can only read files of the site; move the file into it.");
        }
        if (!Files.isRegularFile(file)) {
            throw new IncludeProblem(name, "Include not found: " + name,
                    String.format("Looked for %s next to %s.", name, renderedFile),
                    "Create the file, or fix the path in the include_relative tag.");
        }
        try {
            if (!file.toRealPath().startsWith(project.root().toRealPath())) {
                throw new IncludeProblem(name, "Relative include leaves the site",
                        String.format("'%s' is a link to a file outside the site.", name),
                        "Copy the file into the site instead of linking to it.");
            }
        } catch (IOException e) {
            throw new IncludeProblem(name, "Include cannot be read: " + name, String.valueOf(e.getMessage()), "");
        }
        return parsed.computeIfAbsent(file, f -> {
            String shownAs = project.relative(f);
            return parser.apply(new IncludeLibrary.Source(Utf8Text.read(f, shownAs), shownAs));
        });
    }
}
