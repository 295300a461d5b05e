package dev.hyde.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Problems in the user's sources never get here: they come back as diagnostics. What does get
 * here is a failure of Hyde itself or of the machine (disk full, no permission), shown as one
 * line, with the stack trace only under --verbose.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        cli.getErr().println("error: " + describe(e));
        if (verbose) {
            e.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("  hint: run again with --verbose for details.");
        }
        cli.getErr().flush();
        return 1;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root instanceof java.io.IOException
                ? "could not read or write a file: " + root.getMessage()
                : "Hyde failed unexpectedly: " + root;
    }
}
