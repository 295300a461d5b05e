package dev.hyde.cli;

import dev.hyde.Hyde;
import dev.hyde.build.BuildOptions;
import dev.hyde.build.BuildResult;
import dev.hyde.build.Stage;
import dev.hyde.config.SourceKind;
import dev.hyde.diag.DiagnosticFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code hyde build [PROJECT_DIR] [-d DESTINATION]}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. On any error nothing is written and the previous site stays as it was.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the sources have errors (all are listed)", "2:wrong usage"})
final class BuildCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", defaultValue = ".",
            description = "The project folder (holding content/, templates/, _data/). Default: the current folder.")
    Path project;

    @Option(names = {"-d", "--destination"}, paramLabel = "DESTINATION",
            description = "Where to write the site. Default: PROJECT_DIR/site.")
    Path destination;

    @Option(names = "--drafts", description = "Also build pages marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--config", split = ",", paramLabel = "FILE",
            description = "Configuration files, layered left to right (as jekyll build --config a.yml,b.yml). "
                    + "Default: PROJECT_DIR/_config.yml.")
    List<Path> config = List.of();

    @Option(names = "--source-layout", paramLabel = "KIND",
            description = "Build the folder as a HYDE project or a JEKYLL site instead of detecting it.")
    SourceKind sourceKind;

    @Option(names = {"-v", "--verbose"}, description = "Print time per stage (and stack traces of internal errors).")
    boolean verbose;

    @Override
    public Integer call() {
        Path root = project.toAbsolutePath().normalize();
        BuildOptions options = BuildOptions.of(root).withDrafts(drafts).withConfigFiles(
                config.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        if (sourceKind != null) {
            options = options.withSourceKind(sourceKind);
        }
        if (destination != null) {
            options = options.withDestination(destination.toAbsolutePath().normalize());
        }
        BuildResult result = Hyde.build(options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!result.diagnostics().isEmpty()) {
            err.println(DiagnosticFormatter.formatAll(result.diagnostics()));
        }
        if (!result.succeeded()) {
            err.println("Build failed; " + result.destination() + " was left as it was.");
            err.flush();
            return 1;
        }
        out.printf("Built a %s: %d pages and %d files copied into %s in %d ms%n", result.source().description(),
                result.pagesWritten(),
                result.filesCopied(), result.destination(), result.elapsed().toMillis());
        if (verbose) {
            for (Stage stage : Stage.values()) {
                out.printf("  %-9s %6d ms%n", stage.label(), result.stageTimes().get(stage).toMillis());
            }
        }
        out.flush();
        return 0;
    }
}
