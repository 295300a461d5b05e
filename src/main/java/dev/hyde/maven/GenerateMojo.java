package dev.hyde.maven;

import dev.hyde.Hyde;
import dev.hyde.build.BuildOptions;
import dev.hyde.build.BuildResult;
import dev.hyde.config.SourceKind;
import dev.hyde.diag.DiagnosticFormatter;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code mvn site:generate}: builds the documentation site of this project into {@code site/}.
 * Errors in the sources fail the build with every diagnostic listed and leave the previous
 * site untouched.
 */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The project folder holding content/, templates/, _data/ and _config.yml. */
    @Parameter(property = "hyde.source", defaultValue = "${project.basedir}")
    private File sourceDirectory;

    /** Where the site is written; replaced as a whole when the build succeeds. */
    @Parameter(property = "hyde.destination", defaultValue = "${project.basedir}/site")
    private File outputDirectory;

    /** Also build pages marked {@code draft: true}. */
    @Parameter(property = "hyde.drafts", defaultValue = "false")
    private boolean drafts;

    /** Configuration files layered left to right; default {@code _config.yml}. */
    @Parameter(property = "hyde.config")
    private List<File> configFiles;

    /** {@code HYDE} or {@code JEKYLL} to build the folder as that kind of source; detected when unset. */
    @Parameter(property = "hyde.sourceLayout")
    private SourceKind sourceLayout;

    /** Skip building the site. */
    @Parameter(property = "hyde.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping the site build (hyde.skip)");
            return;
        }
        BuildOptions options = BuildOptions.of(sourceDirectory.toPath());
        if (sourceLayout != null) {
            options = options.withSourceKind(sourceLayout);
        }
        BuildResult result = Hyde.build(options
                .withDestination(outputDirectory.toPath()).withDrafts(drafts)
                .withConfigFiles(configFiles == null ? List.of() : configFiles.stream().map(File::toPath).toList()));
        MavenDiagnostics.log(result.diagnostics(), getLog());
        if (!result.succeeded()) {
            throw new MojoFailureException("The site has " + DiagnosticFormatter.summary(result.diagnostics())
                    + "; " + result.destination() + " was left as it was.");
        }
        getLog().info(String.format("Built a %s: %d pages and %d files copied into %s in %d ms",
                result.source().description(), result.pagesWritten(),
                result.filesCopied(), result.destination(), result.elapsed().toMillis()));
    }
}
