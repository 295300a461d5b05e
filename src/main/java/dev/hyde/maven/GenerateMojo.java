package dev.hyde.maven;

import dev.hyde.Hyde;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.pipeline.LeftOutPages;
import dev.hyde.pipeline.ProgressReport;
import dev.hyde.diag.DiagnosticFormatter;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * {@code mvn site:generate}: builds the documentation site of this project into {@code site/}.
 * Errors in the sources fail the build with every diagnostic listed and leave the previous
 * site untouched.
 */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends SourceMojo {

    private static final java.time.Duration PROGRESS_EVERY = java.time.Duration.ofSeconds(5);

    /** Where the site is written; replaced as a whole when the build succeeds. */
    @Parameter(property = "hyde.destination", defaultValue = "${project.basedir}/site")
    private File outputDirectory;

    /**
     * Build this version of the docs (a name from {@code versions:} in {@code _config.yml}) into
     * {@code outputDirectory/NAME}, beside the other versions, and update the shared {@code versions.json}.
     * Not {@code hyde.version}: poms commonly hold a property of that name pinning the plugin's own
     * version, and Maven would hand it to this parameter.
     */
    @Parameter(property = "hyde.docsVersion")
    private String docsVersion;

    /** Fail the build on a broken link or anchor, which is otherwise a warning (also {@code strict: true} in {@code _config.yml}). */
    @Parameter(property = "hyde.strict", defaultValue = "false")
    private boolean strict;

    /**
     * On errors, still write every page that built, leave out the ones that failed (listed), and
     * fail the Maven build: a migration's first step. Without it a build with an error writes nothing.
     */
    @Parameter(property = "hyde.keepGoing", defaultValue = "false")
    private boolean keepGoing;

    /** Skip building the site. */
    /** Build everything, even when nothing changed since the last build (the cache in .hyde/ is removed). */
    @Parameter(property = "hyde.noCache", defaultValue = "false")
    private boolean noCache;

    @Parameter(property = "hyde.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping the site build (hyde.skip)");
            return;
        }
        BuildOptions options = buildOptions().withDestination(outputDirectory.toPath());
        if (docsVersion != null && !docsVersion.isBlank()) {
            options = options.withVersion(docsVersion.strip());
        }
        BuildResult result;
        // Maven's log keeps every line: a plain progress line now and then, for builds that run that long.
        try (ProgressReport progress = ProgressReport.start(getLog()::info, false, PROGRESS_EVERY)) {
            result = Hyde.buildWithCache(options.withStrict(strict).withKeepGoing(keepGoing), progress, !noCache);
        }
        MavenDiagnostics.log(result.diagnostics(), getLog());
        if (result.writtenWithErrors()) {
            throw new MojoFailureException("The site has " + DiagnosticFormatter.summary(result.diagnostics())
                    + ". " + LeftOutPages.describe(result));
        }
        if (!result.succeeded()) {
            throw new MojoFailureException("The site has " + DiagnosticFormatter.summary(result.diagnostics())
                    + "; " + result.destination() + " was left as it was.");
        }
        getLog().info(result.summary());
    }
}
