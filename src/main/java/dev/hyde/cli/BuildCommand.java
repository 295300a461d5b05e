package dev.hyde.cli;

import dev.hyde.Hyde;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.pipeline.LeftOutPages;
import dev.hyde.pipeline.ProgressReport;
import dev.hyde.pipeline.Stage;
import dev.hyde.pipeline.StageTime;
import dev.hyde.diag.DiagnosticFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code hyde build [PROJECT_DIR] [-d DESTINATION]}. */
@Command(name = "build", versionProvider = VersionProvider.class,
        description = "Builds the site. On any error nothing is written and the previous site stays as it was.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "1:the sources have errors (all are listed)", "2:wrong usage"})
final class BuildCommand implements java.util.concurrent.Callable<Integer> {

    /** Without a terminal (CI logs, pipes), a progress line this often, for builds that run that long. */
    static final java.time.Duration PLAIN_PROGRESS_EVERY = java.time.Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = {"-d", "--destination"}, paramLabel = "DESTINATION",
            description = "Where to write the site. Default: PROJECT_DIR/site.")
    Path destination;

    // Not mixinStandardHelpOptions: its --version would take the name docs teams know from
    // mike and Docusaurus for the version of the docs; -V still prints Hyde's own version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "-V", versionHelp = true, description = "Print Hyde's version and exit.")
    boolean printVersion;

    @Option(names = "--version", paramLabel = "NAME",
            description = "Build this version of the docs (a name from 'versions:' in _config.yml) into "
                    + "DESTINATION/NAME, beside the other versions, and update DESTINATION/versions.json.")
    String docsVersion;

    @Option(names = {"-v", "--verbose"}, description = "Print time per stage (and stack traces of internal errors).")
    boolean verbose;

    @Option(names = "--strict", description = "Fail the build on a broken link or anchor (a warning otherwise). "
            + "Also 'strict: true' in _config.yml.")
    boolean strict;

    @Option(names = {"-w", "--watch"}, description = "After building, watch the sources and rebuild on every change,"
            + " re-rendering only what it reaches; each good state replaces the site whole, a state with errors"
            + " leaves the last good site in place. Stop with Ctrl-C.")
    boolean watch;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: no progress and no summary line.")
    boolean quiet;

    @Option(names = "--no-cache", description = "Build everything, even when nothing changed since the last build"
            + " (the cache in .hyde/ is removed and written again by the next build).")
    boolean noCache;

    @Option(names = "--keep-going", description = "On errors, still write every page that built and leave out "
            + "the ones that failed (listed); exits 1. Without it a build with an error writes nothing.")
    boolean keepGoing;

    @Override
    public Integer call() throws InterruptedException {
        BuildOptions options = source.toBuildOptions();
        if (destination != null) {
            options = options.withDestination(destination.toAbsolutePath().normalize());
        }
        if (docsVersion != null) {
            options = options.withVersion(docsVersion);
        }
        options = options.withStrict(strict).withKeepGoing(keepGoing);
        if (watch) {
            return watch(options);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result;
        if (quiet) {
            result = Hyde.buildWithCache(options, dev.hyde.pipeline.BuildProgress.NONE, !noCache);
        } else {
            try (ProgressReport progress = ProgressReport.start(Terminal.progressOn(err), Terminal.interactive(System.getenv()),
                    PLAIN_PROGRESS_EVERY)) {
                result = Hyde.buildWithCache(options, progress, !noCache);
            }
        }
        if (!result.diagnostics().isEmpty()) {
            err.println(DiagnosticFormatter.formatAll(result.diagnostics()));
        }
        if (result.writtenWithErrors()) {
            err.println(LeftOutPages.describe(result));
            err.flush();
            return 1;
        }
        if (!result.succeeded()) {
            err.println("Build failed; " + result.destination() + " was left as it was.");
            err.flush();
            return 1;
        }
        if (!quiet) {
            out.println(result.summary());
        }
        if (verbose) {
            for (Stage stage : Stage.values()) {
                StageTime time = result.stageTimes().get(stage);
                out.printf("  %-9s %6d ms  (cpu %6d ms)%n", stage.label(), time.wall().toMillis(), time.cpu().toMillis());
            }
            processCpu().ifPresent(cpu -> out.printf("  %-9s %6d ms  (cpu of the whole process, JVM start included)%n",
                    "process", cpu.toMillis()));
            List<String> jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
            out.printf("  %-9s %s%n", "jvm", jvm.isEmpty() ? "(the JVM's defaults)" : String.join(" ", jvm));
        }
        out.flush();
        return 0;
    }

    /** Builds, then rebuilds on every change until the process is stopped. */
    private int watch(BuildOptions options) throws InterruptedException {
        if (docsVersion != null || keepGoing) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--watch cannot be combined with " + (docsVersion != null ? "--version" : "--keep-going"));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        dev.hyde.serve.WatchedBuild watching;
        try {
            watching = dev.hyde.serve.WatchedBuild.start(options, result -> {
                if (!result.diagnostics().isEmpty()) {
                    err.println(DiagnosticFormatter.formatAll(result.diagnostics()));
                    err.flush();
                }
                if (!quiet || !result.written()) {
                    out.println(result.summary());
                    out.flush();
                }
            });
        } catch (dev.hyde.diag.DiagnosticException e) {
            err.println(DiagnosticFormatter.format(e.diagnostic()));
            err.flush();
            return 1;
        }
        if (!quiet) {
            out.println("Watching the " + watching.project().kind().description() + " in " + watching.project().root()
                    + " for changes (Ctrl-C to stop)");
            out.flush();
        }
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watching.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** The CPU time this JVM has used, all threads (compiler and collector too), where the JVM reports it. */
    private static java.util.Optional<java.time.Duration> processCpu() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
            return java.util.Optional.of(java.time.Duration.ofNanos(os.getProcessCpuTime()));
        }
        return java.util.Optional.empty();
    }
}
