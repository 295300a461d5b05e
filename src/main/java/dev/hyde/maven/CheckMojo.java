package dev.hyde.maven;

import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import dev.hyde.links.FolderCheck;
import dev.hyde.links.FolderCheckJson;
import dev.hyde.links.FolderCheckResult;
import dev.hyde.links.SiteAddress;
import dev.hyde.links.external.ExternalCheckOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Optional;

/**
 * {@code mvn site:check}: checks the links of the built site (by Hyde or anything else) and fails
 * the build when a link or anchor is broken. Each problem is logged at the built file's line and
 * column.
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The built site to check. */
    @Parameter(property = "hyde.siteDirectory", defaultValue = "${project.basedir}/site")
    private File siteDirectory;

    /** The path the site is served below ({@code /docs}): root-relative links must start with it. */
    @Parameter(property = "hyde.baseurl", defaultValue = "")
    private String baseurl;

    /** The site's own address ({@code https://example.org}): absolute links starting with it are internal. */
    @Parameter(property = "hyde.siteUrl", defaultValue = "")
    private String siteUrl;

    /**
     * Also request every http and https link to other sites, and fail on those that are broken or
     * unreachable. Links that worked are remembered for 24 hours in {@code .hyde-link-cache.json}
     * beside the site's folder.
     */
    @Parameter(property = "hyde.external", defaultValue = "false")
    private boolean external;

    /** Also write every problem as JSON to this file. */
    @Parameter(property = "hyde.json")
    private File json;

    @Override
    public void execute() throws MojoFailureException {
        String path = baseurl == null ? "" : baseurl.strip();
        if (!path.isEmpty() && !path.startsWith("/")) {
            path = "/" + path;
        }
        Optional<ExternalCheckOptions> externalOptions = external
                ? Optional.of(FolderCheck.defaultCacheFile(siteDirectory.toPath())
                        .map(ExternalCheckOptions.defaults()::withCacheFile).orElse(ExternalCheckOptions.defaults()))
                : Optional.empty();
        FolderCheckResult result;
        try {
            result = FolderCheck.check(siteDirectory.toPath(),
                    new FolderCheck.Options(new SiteAddress(siteUrl, path), externalOptions));
            if (json != null) {
                FolderCheckJson.write(result, json.toPath());
            }
        } catch (DiagnosticException e) {
            throw new MojoFailureException(DiagnosticFormatter.format(e.diagnostic()));
        }
        MavenDiagnostics.log(result.diagnostics(), getLog());
        if (json != null) {
            getLog().info("Wrote the JSON report to " + json);
        }
        if (result.hasErrors()) {
            throw new MojoFailureException(result.summary());
        }
        getLog().info(result.summary());
    }
}
