package dev.hyde.cli;

import dev.hyde.Hyde;
import dev.hyde.build.BuildOptions;
import dev.hyde.build.BuildResult;
import dev.hyde.build.Stage;
import dev.hyde.diag.DiagnosticFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code hyde build [PROJECT_DIR] [-d DESTINATION]}. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the site. On any error nothing is written and the previous site stays as it was.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the sources have errors (all are listed)", "2:wrong usage"})
final class BuildCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = {"-d", "--destination"}, paramLabel = "DESTINATION",
            description = "Where to write the site. Default: PROJECT_DIR/site.")
    Path destination;

    @Option(names = {"-v", "--verbose"}, description = "Print time per stage (and stack traces of internal errors).")
    boolean verbose;

    @Override
    public Integer call() {
        BuildOptions options = source.toBuildOptions();
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
