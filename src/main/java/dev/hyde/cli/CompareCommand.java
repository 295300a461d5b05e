package dev.hyde.cli;

import dev.hyde.compare.ComparisonReport;
import dev.hyde.compare.JsonReport;
import dev.hyde.compare.SiteComparison;
import dev.hyde.compare.TextReport;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code hyde compare REFERENCE_DIR [SITE_DIR]}. Public, unlike the other commands, so that the
 * comparison's tests can run it on its own.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compares a built site with a reference site (e.g. the Jekyll _site it replaces), page by page,"
                + " by what a reader sees: the visible text, the title, the heading ids and the link targets."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:compared (differences are reported but do not fail without --fail-on-difference)",
            "1:with --fail-on-difference: a page differs or is missing",
            "2:wrong usage (e.g. a folder that does not exist)"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REFERENCE_DIR",
            description = "The site to compare against: every *.html in it is looked for in SITE_DIR.")
    Path reference;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = "site",
            description = "Hyde's built site. Default: ./site.")
    Path site;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "20",
            description = "Show only the N differing pages with the most changed text (and at most N missing"
                    + " and N extra pages). The summary counts all. Default: ${DEFAULT-VALUE}.")
    int worst;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the full report as JSON to FILE.")
    Path json;

    @Option(names = "--fail-on-difference", description = "Exit with 1 when a page differs or is missing.")
    boolean failOnDifference;

    @Override
    public Integer call() {
        if (worst < 0) {
            throw new ParameterException(spec.commandLine(), "--worst must be 0 or more, not " + worst);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ComparisonReport report = SiteComparison.compare(reference, site);
            out.print(TextReport.format(report, worst));
            if (json != null) {
                JsonReport.write(report, json);
                out.println("Wrote the JSON report to " + json);
            }
            out.flush();
            return failOnDifference && report.hasDifferences() ? 1 : 0;
        } catch (DiagnosticException e) {
            // every problem here is in what was asked (a folder, a file name): wrong usage, not a failed comparison
            out.flush();
            err.println(DiagnosticFormatter.format(e.diagnostic()));
            err.flush();
            return 2;
        }
    }
}
