package dev.hyde.cli;

import dev.hyde.pipeline.BuildOptions;
import dev.hyde.config.SourceKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** What to read, shared by the commands that build a site: the folder, its configuration, drafts, its layout. */
final class SourceOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT_DIR", defaultValue = ".",
            description = "The project folder (a Hyde project or a Jekyll site). Default: the current folder.")
    Path project;

    @Option(names = "--drafts", description = "Also build pages marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--config", split = ",", paramLabel = "FILE",
            description = "Configuration files, layered left to right (as jekyll build --config a.yml,b.yml). "
                    + "Default: PROJECT_DIR/_config.yml.")
    List<Path> config = List.of();

    @Option(names = "--source-layout", paramLabel = "KIND",
            description = "Read the folder as a HYDE project or a JEKYLL site instead of detecting it.")
    SourceKind sourceKind;

    @Option(names = "--plugin-path", split = ",", paramLabel = "PATH",
            description = "Jars, or folders of jars, holding Hyde extensions (Liquid tags, filters, generators); "
                    + "see README, 'Extending Hyde'.")
    List<Path> pluginPath = List.of();

    BuildOptions toBuildOptions() {
        BuildOptions options = BuildOptions.of(project.toAbsolutePath().normalize()).withDrafts(drafts)
                .withConfigFiles(config.stream().map(p -> p.toAbsolutePath().normalize()).toList())
                .withPluginPath(pluginPath.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        return sourceKind == null ? options : options.withSourceKind(sourceKind);
    }
}
