package dev.hyde.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs a plain {@code java -jar hyde-cli.jar build ...} in a JVM started with the options the
 * benchmark measured as best (README, "JVM options and start-up"): most users give the JVM none,
 * and with its defaults a 10,000-page build takes about 1.6 times as long and lets the heap grow
 * to 1.8 GB. A one-off command gets the parallel collector and the quick C1 compiler only; the
 * preview server, which lives long enough for the full JIT to pay off, G1 with short pauses;
 * both a 1 GB heap ({@code HYDE_HEAP} to change it).
 *
 * <p>It steps aside whenever the JVM was set up by someone: any JVM option on the command line or
 * in {@code JAVA_TOOL_OPTIONS}/{@code JDK_JAVA_OPTIONS}, Hyde run from a class path (Maven's
 * JVM, a test) rather than as {@code -jar}, or {@code HYDE_JVM=as-is}. Starting the second JVM
 * costs about 0.1 s, which a build of more than a few pages earns back, and a one-off command's
 * JVM loads Hyde's classes from the JVM's archive of them ({@link ClassArchive}).
 */
final class TunedJvm {
    /** The commands worth a second JVM: they read a whole site. */
    private static final Set<String> COMMANDS = Set.of("build", "check", "compare", "serve");
    /** What the JVM exits with when {@code -XX:+ExitOnOutOfMemoryError} stops it. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    /** What a one-off build's heap starts at, unless the whole heap is less (see {@link #initialHeap}). */
    private static final long INITIAL_HEAP_BYTES = 512L << 20;

    /** The system property naming the JVM that started this one for a command. */
    private static final String PARENT = "hyde.parentPid";

    private TunedJvm() {
    }

    /**
     * In a JVM started by {@link #run}: ends it when the JVM that started it ends, however that
     * ended (a killed parent runs no shutdown hook), so no build or server is left behind.
     */
    static void followParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(() -> Runtime.getRuntime().halt(130)),
                    () -> Runtime.getRuntime().halt(130));
        } catch (NumberFormatException e) {
            // not set by Hyde: nothing to follow
        }
    }

    /**
     * Runs the command in a tuned JVM if it should be; gives its exit code, or empty when the
     * command is to run in this JVM.
     */
    static OptionalInt run(String[] args, Map<String, String> env) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || "as-is".equals(env.get("HYDE_JVM"))
                || env.containsKey("JAVA_TOOL_OPTIONS") || env.containsKey("JDK_JAVA_OPTIONS")
                || env.containsKey("_JAVA_OPTIONS")
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return OptionalInt.empty();
        }
        Path jar = launchedJar(args);
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        if (jar == null || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        String heap = env.getOrDefault("HYDE_HEAP", "1g");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError", "-D" + PARENT + "=" + ProcessHandle.current().pid()));
        // serve lives long enough for a growing heap and its own start to hardly count
        boolean oneOff = !args[0].equals("serve");
        if (oneOff) {
            initialHeap(heap).ifPresent(command::add);
        }
        command.addAll(options(args[0]));
        ClassArchive archive = oneOff ? ClassArchive.prepare(jar, options(args[0]), env) : null;
        if (archive != null) {
            command.addAll(archive.options());
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // then this JVM does the work, as it is
        }
        Thread stopChild = new Thread(child::destroy, "hyde-stop-build");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
        Runtime.getRuntime().removeShutdownHook(stopChild);
        if (archive != null) {
            archive.finish(code);
        }
        if (code == OUT_OF_MEMORY_EXIT) {
            System.err.printf("error: Hyde ran out of memory: its heap is %s.%n"
                    + "  hint: Give it more with HYDE_HEAP=2g (or run java -Xmx2g -jar ... yourself).%n", heap);
            return OptionalInt.of(1);
        }
        return OptionalInt.of(code);
    }

    /**
     * A one-off build's starting heap: half a gigabyte, or the whole heap if that is less. A
     * heap grown in steps from the JVM's small default costs full collections (1.2 s of a
     * 10,000-page build's 14 s); starting with all of a 1 GB heap costs instead a build with
     * little to do, which touches fresh memory where it could have reused it (0.1 s of 0.9 s).
     * Empty when the heap size cannot be read (the JVM then reports it).
     */
    static java.util.Optional<String> initialHeap(String heap) {
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("(\\d{1,12})([kKmMgGtT]?)").matcher(heap);
        if (!size.matches()) {
            return java.util.Optional.empty();
        }
        long bytes = Long.parseLong(size.group(1)) << switch (size.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        return java.util.Optional.of(bytes >= INITIAL_HEAP_BYTES ? "-Xms512m" : "-Xms" + heap);
    }

    /** The options for a command, as {@code bin/hyde} gives them. */
    static List<String> options(String command) {
        return command.equals("serve")
                ? List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=10")
                : List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
    }

    /** The jar this JVM was started with as {@code java -jar}, if it was. */
    private static Path launchedJar(String[] args) {
        // "JAR ARGS..." for java -jar, "MAIN.CLASS ARGS..." for a class path
        String launched = System.getProperty("sun.java.command", "");
        String arguments = " " + String.join(" ", args);
        if (!launched.endsWith(arguments)) {
            return null;
        }
        try {
            Path named = Path.of(launched.substring(0, launched.length() - arguments.length()))
                    .toAbsolutePath().normalize();
            Path own = Path.of(TunedJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
            return Files.isRegularFile(own) && named.equals(own) ? own : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }
}
