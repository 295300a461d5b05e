package dev.hyde.cli;

import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Wrong usage: the message and how to get help, exit code 2. An unknown command or long option
 * gets a suggestion only when a real one is within two edits of it ({@code biuld}: build,
 * {@code --stirct}: --strict); picocli's own suggestions also offer commands that merely share
 * letters ({@code nonsense}: serve).
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    /** At most this many single-letter edits between a typo and the command it suggests. */
    static final int MAX_EDITS = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        Optional<String> unknownCommand = unknownCommand(e);
        if (unknownCommand.isPresent()) {
            String typed = unknownCommand.get();
            err.println("error: Unknown command: " + typed);
            closest(typed, List.copyOf(cli.getSubcommands().keySet()))
                    .ifPresent(command -> err.println("  Did you mean '" + cli.getCommandName() + " " + command + "'?"));
        } else {
            err.println("error: " + e.getMessage());
            unknownOption(e).flatMap(option -> closest(option, List.copyOf(cli.getCommandSpec().optionsMap().keySet())))
                    .ifPresent(option -> err.println("  Did you mean " + option + "?"));
        }
        err.println("  hint: '" + cli.getCommandSpec().qualifiedName() + " --help' lists the "
                + (cli.getSubcommands().isEmpty() ? "options." : "commands and options."));
        err.flush();
        return 2;
    }

    /** The first argument, when it is not an option and the command it was given to has subcommands. */
    private static Optional<String> unknownCommand(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || e.getCommandLine().getSubcommands().isEmpty()) {
            return Optional.empty();
        }
        return unmatched.getUnmatched().stream().findFirst().filter(arg -> !arg.startsWith("-"));
    }

    /** The option as typed (without a value after '='), when an unknown option was the problem. */
    private static Optional<String> unknownOption(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched)) {
            return Optional.empty();
        }
        return unmatched.getUnmatched().stream().findFirst().filter(arg -> arg.startsWith("--") && arg.length() > 3)
                .map(arg -> arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
    }

    /** The real command nearest to {@code typed}, if it is within {@link #MAX_EDITS} edits. */
    static Optional<String> closest(String typed, List<String> commands) {
        LevenshteinDistance distance = new LevenshteinDistance(MAX_EDITS);
        return commands.stream()
                .filter(c -> distance.apply(typed.toLowerCase(java.util.Locale.ROOT), c) >= 0)
                .min(Comparator.comparingInt((String c) -> distance.apply(typed.toLowerCase(java.util.Locale.ROOT), c))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
