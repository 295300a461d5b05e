package dev.hyde.cli;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import dev.hyde.scaffold.NewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code hyde new DIR}: a documentation project that builds as it is. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Creates a documentation project in DIR: pom.xml (Hyde's Maven plugin), .mvn/jvm.config,"
                + " _config.yml, content/ with a home page and two sections, .gitignore and a GitHub Pages"
                + " workflow. It builds at once with 'hyde build' or 'mvn site:generate'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:created",
            "1:a file could not be written (e.g. no permission)",
            "2:wrong usage: DIR is a file, or a folder that is not empty (without --force)"})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create (or an empty one).")
    Path directory;

    @Option(names = "--force", description = "Also write into a folder that is not empty; files already there"
            + " are kept as they are.")
    boolean force;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "The site's title. Default: from the folder's name (my-docs: My docs).")
    String title;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Diagnostic> refused = NewProject.refusal(directory, force);
        if (refused.isPresent()) {
            err.println(DiagnosticFormatter.format(refused.get()));
            err.flush();
            return 2;
        }
        NewProject.Created created;
        try {
            created = NewProject.create(directory, force, title);
        } catch (DiagnosticException e) {
            err.println(DiagnosticFormatter.format(e.diagnostic()));
            err.flush();
            return 1;
        }
        out.println(created.summary("hyde serve", "hyde build"));
        out.flush();
        return 0;
    }
}
