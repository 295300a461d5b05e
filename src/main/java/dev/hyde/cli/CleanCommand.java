package dev.hyde.cli;

import dev.hyde.cache.CachedBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code hyde clean [PROJECT_DIR]}: removes the project's build cache, so that the next build
 * builds everything. The built site stays: it is the last good one, and only a build replaces it.
 */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Removes the build cache (the .hyde/ folder of the project), so that the next build builds"
                + " everything. The built site is left as it is."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:removed, or there was none", "1:it could not be removed", "2:wrong usage"})
final class CleanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", description = "Default: the current folder.")
    Path project;

    @Override
    public Integer call() {
        Path root = (project == null ? Path.of("") : project).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            spec.commandLine().getErr().printf("error: %s: not a folder%n  hint: Give the project's folder.%n", root);
            return 2;
        }
        Path folder = CachedBuild.folder(root);
        if (!Files.exists(folder)) {
            spec.commandLine().getOut().println("No build cache in " + root + ".");
            return 0;
        }
        try {
            CachedBuild.clean(root);
        } catch (IOException e) {
            spec.commandLine().getErr().printf("error: %s: the build cache could not be removed: %s%n"
                    + "  hint: Check the folder's permissions, or remove it by hand.%n", folder, e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("Removed the build cache " + folder + ".");
        return 0;
    }
}
