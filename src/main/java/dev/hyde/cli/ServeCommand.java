package dev.hyde.cli;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import dev.hyde.serve.PreviewServer;
import dev.hyde.serve.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code hyde serve [PROJECT_DIR] [--host H] [--port P]}. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Builds the site into memory and serves it, rebuilding what each edit affects and "
                + "reloading open pages. site/ is not touched. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the server could not start (e.g. the port is in use)", "2:wrong usage"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = {"-p", "--port"}, defaultValue = "4000", description = "The port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer server;
        try {
            server = PreviewServer.start(source.toBuildOptions(), host, port, rebuild -> report(rebuild, out, err));
        } catch (DiagnosticException e) {
            err.println(DiagnosticFormatter.format(e.diagnostic()));
            err.flush();
            return 1;
        }
        printProblems(server.diagnostics(), err);
        out.println(serving(server, source.sourceKind != null));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * "Serving a Hyde project (detected) from /path at http://127.0.0.1:4000/": which layout was read
     * matters, as a folder read as the wrong one builds a very different site.
     */
    static String serving(PreviewServer server, boolean layoutGiven) {
        var project = server.site().project();
        return "Serving a " + project.kind().description() + (layoutGiven ? " (as --source-layout says)" : " (detected)")
                + " from " + project.root() + " at " + server.address() + " (Ctrl-C to stop)";
    }

    private static void report(Rebuild rebuild, PrintWriter out, PrintWriter err) {
        out.println(rebuild.summary());
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
