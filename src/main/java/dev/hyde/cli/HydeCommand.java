package dev.hyde.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The top-level command; all work is in its subcommands. */
@Command(name = "hyde",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a static documentation site from Markdown, Liquid and FreeMarker.",
        subcommands = {NewCommand.class, BuildCommand.class, CleanCommand.class, ServeCommand.class, CompareCommand.class,
                CheckCommand.class, CompletionCommand.class, picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the sources have errors, or the work failed", "2:wrong usage"})
final class HydeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** {@code hyde} alone is a usage mistake: the usage goes to standard error, as for any other. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return 2;
    }
}
