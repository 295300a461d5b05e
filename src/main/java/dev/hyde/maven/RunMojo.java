package dev.hyde.maven;

import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import dev.hyde.serve.PreviewServer;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn site:run}: serves the site from memory with live reload, rebuilding what each edit
 * affects; {@code site/} is not touched. Stop with Ctrl-C.
 */
@Mojo(name = "run", threadSafe = true)
public class RunMojo extends SourceMojo {

    /** The address to listen on; 127.0.0.1 keeps the preview on this machine. */
    @Parameter(property = "hyde.host", defaultValue = "127.0.0.1")
    private String host;

    /** The port. */
    @Parameter(property = "hyde.port", defaultValue = "4000")
    private int port;

    @Override
    public void execute() throws MojoFailureException {
        Log log = getLog();
        PreviewServer server;
        try {
            server = PreviewServer.start(buildOptions(), host, port, rebuild -> {
                log.info(rebuild.summary());
                MavenDiagnostics.log(rebuild.diagnostics(), log);
            });
        } catch (DiagnosticException e) {
            throw new MojoFailureException(DiagnosticFormatter.format(e.diagnostic()));
        }
        MavenDiagnostics.log(server.diagnostics(), log);
        var project = server.site().project();
        log.info("Serving a " + project.kind().description() + " from " + project.root() + " at " + server.address()
                + " (Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }
}
