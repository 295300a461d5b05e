package dev.hyde.cli;

import picocli.CommandLine.Command;

/** The top-level command; all work is in its subcommands. */
@Command(name = "hyde",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a static documentation site from Markdown, Liquid and FreeMarker.",
        subcommands = {BuildCommand.class, ServeCommand.class, CompareCommand.class, CheckCommand.class,
                picocli.CommandLine.HelpCommand.class})
final class HydeCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
