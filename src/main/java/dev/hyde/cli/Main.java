package dev.hyde.cli;

import picocli.CommandLine;

/** {@code java -jar hyde-cli.jar ...}: the command line front door. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        TunedJvm.followParent();
        java.util.OptionalInt tuned = TunedJvm.run(args, System.getenv());
        int code = tuned.isPresent() ? tuned.getAsInt() : run(args);
        // Exiting only on failure: when Maven runs this class in its own JVM during 'package',
        // a successful build must return normally instead of ending Maven.
        if (code != 0) {
            System.exit(code);
        }
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The whole command line with its handlers, writing to standard output and error until told otherwise. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HydeCommand());
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }
}
