package dev.hyde.output;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Refuses output directories whose replacement would destroy sources. Checked before anything
 * is written or deleted: a build replaces its destination as a whole.
 */
public final class DestinationGuard {
    private DestinationGuard() {
    }

    public static Optional<Diagnostic> check(ProjectLayout project, Path destination) {
        Path dest = destination.toAbsolutePath().normalize();
        Path root = project.root();
        String hint = "Write the site to its own folder, e.g. " + project.defaultDestination() + ".";
        if (root.startsWith(dest)) {
            String what = dest.equals(root) ? "is the project folder" : "contains the project folder";
            return Optional.of(Diagnostic.error("Output directory " + what)
                    .detail("Building into %s would delete the project's sources.", dest).hint(hint).build());
        }
        // A Jekyll site's root holds its pages, yet _site/ inside it is fine: the scan leaves it out.
        List<Path> sources = project.isJekyll()
                ? List.of(project.layouts(), project.includes(), project.data(), project.sass(), project.configFile())
                : List.of(project.content(), project.layouts(), project.data(), project.configFile());
        for (Path source : sources) {
            if (source.startsWith(dest) || dest.startsWith(source)) {
                return Optional.of(Diagnostic.error("Output directory overlaps the sources")
                        .detail("%s and %s overlap; building would replace sources.", dest, source).hint(hint).build());
            }
        }
        return Optional.empty();
    }
}
