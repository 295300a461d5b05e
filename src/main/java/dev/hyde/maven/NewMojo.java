package dev.hyde.maven;

import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.DiagnosticFormatter;
import dev.hyde.scaffold.NewProject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * {@code mvn dev.hyde:hyde:new -Dhyde.directory=docs}: creates a documentation project, as
 * {@code hyde new docs} does. It needs no pom, so it runs anywhere; there the {@code site:}
 * prefix would mean maven-site-plugin, hence the full name (see README, "Start your own docs project").
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** The folder to create (or an empty one); relative to the current folder. */
    @Parameter(property = "hyde.directory", required = true)
    private File directory;

    /** Also write into a folder that is not empty; files already there are kept as they are. */
    @Parameter(property = "hyde.force", defaultValue = "false")
    private boolean force;

    /** The site's title; default: from the folder's name. */
    @Parameter(property = "hyde.title")
    private String title;

    @Override
    public void execute() throws MojoFailureException {
        try {
            NewProject.Created created = NewProject.create(directory.toPath(), force, title);
            for (String line : created.summary("mvn site:run", "mvn site:generate").split("\n")) {
                getLog().info(line);
            }
        } catch (DiagnosticException e) {
            throw new MojoFailureException(DiagnosticFormatter.format(e.diagnostic()));
        }
    }
}
