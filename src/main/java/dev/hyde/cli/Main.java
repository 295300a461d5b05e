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
        CommandLine cli = new CommandLine(new HydeCommand());
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        return cli.execute(args);
    }
}
