package dev.hyde.maven;

import dev.hyde.compare.ComparisonReport;
import dev.hyde.compare.JsonReport;
import dev.hyde.compare.SiteComparison;
import dev.hyde.compare.TextReport;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * {@code mvn site:compare -Dhyde.reference=DIR}: compares the built site with a reference site
 * (e.g. the Jekyll {@code _site} it replaces) page by page, by what a reader sees: the visible
 * text, the title, the heading ids and the link targets.
 */
@Mojo(name = "compare", threadSafe = true)
public class CompareMojo extends AbstractMojo {

    /** The site to compare against: every *.html in it is looked for in {@code site}. */
    @Parameter(property = "hyde.reference", required = true)
    private File reference;

    /** Hyde's built site. */
    @Parameter(property = "hyde.site", defaultValue = "${project.basedir}/site")
    private File site;

    /** Fail the build when a page differs or is missing. */
    @Parameter(property = "hyde.failOnDifference", defaultValue = "false")
    private boolean failOnDifference;

    /** Show only this many differing pages, those with the most changed text (the summary counts all). */
    @Parameter(property = "hyde.worst", defaultValue = "20")
    private int worst;

    /** Also write the full report as JSON to this file. */
    @Parameter(property = "hyde.json")
    private File json;

    @Override
    public void execute() throws MojoFailureException {
        if (worst < 0) {
            throw new MojoFailureException("hyde.worst must be 0 or more, not " + worst);
        }
        try {
            ComparisonReport report = SiteComparison.compare(reference.toPath(), site.toPath());
            for (String line : TextReport.format(report, worst).strip().split("\\R")) {
                getLog().info(line);
            }
            if (json != null) {
                JsonReport.write(report, json.toPath());
                getLog().info("Wrote the JSON report to " + json);
            }
            if (failOnDifference && report.hasDifferences()) {
                throw new MojoFailureException("The site differs from the reference " + report.reference() + ": "
                        + report.summary());
            }
        } catch (DiagnosticException e) {
            throw new MojoFailureException(DiagnosticFormatter.format(e.diagnostic()));
        }
    }
}
