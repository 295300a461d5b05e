package dev.hyde.pipeline;

import dev.hyde.config.SourceKind;
import dev.hyde.diag.Diagnostic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param source       the source layout detected
 * @param destination  where the site was written (unchanged when the build failed)
 * @param pagesWritten pages rendered and written (0 when the build failed)
 * @param filesCopied  static files and assets copied
 * @param stageTimes   wall and CPU time per stage, summed over pages
 * @param elapsed      wall time of the whole build
 * @param diagnostics  every error and warning, errors first
 * @param leftOut      the source files of the pages that failed and were left out of a site written
 *                     with {@link BuildOptions#keepGoing()}; empty otherwise
 * @param timeDependent the site depends on when it was built (a page showing {@code site.time}, a
 *                      feed's update time, a page dated after the build), the time not being pinned
 * @param upToDate     nothing was built: the inputs were as at the last build and the site as it wrote it
 * @param pagesKept    of the pages written, those kept as the last build wrote them (not rendered again)
 */
public record BuildResult(SourceKind source, Path destination, int pagesWritten, int filesCopied, Map<Stage, StageTime> stageTimes,
                          Duration elapsed, List<Diagnostic> diagnostics, List<String> leftOut, boolean timeDependent,
                          boolean upToDate, int pagesKept) {

    public BuildResult {
        stageTimes = Map.copyOf(stageTimes);
        diagnostics = List.copyOf(diagnostics);
        leftOut = List.copyOf(leftOut);
    }

    /** A build that stopped before building anything, for {@code problem}. */
    public static BuildResult failed(SourceKind source, Path destination, Diagnostic problem, Duration elapsed) {
        return new BuildResult(source, destination, 0, 0, new StageTimes().snapshot(), elapsed, List.of(problem),
                List.of(), false, false, 0);
    }

    /** Whether the site was written although it has errors: a build with {@link BuildOptions#keepGoing()}. */
    public boolean writtenWithErrors() {
        return !succeeded() && pagesWritten > 0;
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** One line for the terminal or the log: "Built a Hyde project: 1 page and 3 files copied into site in 40 ms". */
    public String summary() {
        if (upToDate) {
            return "Up to date: " + source.description() + ", " + Plural.of(pagesWritten, "page") + " and "
                    + Plural.of(filesCopied, "file") + " in " + destination + ", nothing changed since the last build ("
                    + elapsed.toMillis() + " ms)";
        }
        String kept = pagesKept == 0 ? "" : " (" + pagesKept + " of them unchanged, kept from the last build)";
        return "Built a " + source.description() + ": " + Plural.of(pagesWritten, "page") + kept + " and "
                + Plural.of(filesCopied, "file") + " copied into " + destination + " in " + elapsed.toMillis() + " ms";
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
