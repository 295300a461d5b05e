package dev.hyde.cli;

import dev.hyde.build.BuildOptions;
import dev.hyde.config.SourceKind;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import dev.hyde.serve.PreviewServer;
import dev.hyde.serve.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code hyde serve [PROJECT_DIR] [--host H] [--port P]}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site into memory and serves it, rebuilding what each edit affects and "
                + "reloading open pages. site/ is not touched. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the server could not start (e.g. the port is in use)", "2:wrong usage"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", defaultValue = ".",
            description = "The project folder. Default: the current folder.")
    Path project;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = {"-p", "--port"}, defaultValue = "4000", description = "The port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--drafts", description = "Also build pages marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--config", split = ",", paramLabel = "FILE",
            description = "Configuration files, layered left to right. Default: PROJECT_DIR/_config.yml.")
    List<Path> config = List.of();

    @Option(names = "--source-layout", paramLabel = "KIND",
            description = "Serve the folder as a HYDE project or a JEKYLL site instead of detecting it.")
    SourceKind sourceKind;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer server;
        try {
            BuildOptions options = BuildOptions.of(project.toAbsolutePath().normalize()).withDrafts(drafts)
                    .withConfigFiles(config.stream().map(p -> p.toAbsolutePath().normalize()).toList());
            if (sourceKind != null) {
                options = options.withSourceKind(sourceKind);
            }
            server = PreviewServer.start(options, host, port, rebuild -> report(rebuild, out, err));
        } catch (DiagnosticException e) {
            err.println(DiagnosticFormatter.format(e.diagnostic()));
            err.flush();
            return 1;
        }
        printProblems(server.diagnostics(), err);
        out.println("Serving " + server.address() + " (Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static void report(Rebuild rebuild, PrintWriter out, PrintWriter err) {
        out.printf("Rebuilt %d pages in %d ms%n", rebuild.pagesRendered(), rebuild.took().toMillis());
        out.flush();
        printProblems(rebuild.diagnostics(), err);
    }

    private static void printProblems(List<Diagnostic> diagnostics, PrintWriter err) {
        if (!diagnostics.isEmpty()) {
            err.println(DiagnosticFormatter.formatAll(diagnostics));
            err.flush();
        }
    }
}
