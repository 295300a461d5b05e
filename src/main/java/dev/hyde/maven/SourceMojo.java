package dev.hyde.maven;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.config.SourceKind;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/** The parameters of the goals that build a site: what to read, as in the CLI's source options. */
abstract class SourceMojo extends AbstractMojo {

    /** The project folder: a Hyde project (content/, templates/, _data/) or a Jekyll site. */
    @Parameter(property = "hyde.source", defaultValue = "${project.basedir}")
    private File sourceDirectory;

    /** Also build pages marked {@code draft: true}. */
    @Parameter(property = "hyde.drafts", defaultValue = "false")
    private boolean drafts;

    /** Configuration files layered left to right; default {@code _config.yml}. */
    @Parameter(property = "hyde.config")
    private List<File> configFiles;

    /** {@code HYDE} or {@code JEKYLL} to read the folder as that kind of source; detected when unset. */
    @Parameter(property = "hyde.sourceLayout")
    private SourceKind sourceLayout;

    BuildOptions buildOptions() {
        BuildOptions options = BuildOptions.of(sourceDirectory.toPath()).withDrafts(drafts)
                .withConfigFiles(configFiles == null ? List.of() : configFiles.stream().map(File::toPath).toList());
        return sourceLayout == null ? options : options.withSourceKind(sourceLayout);
    }
}
