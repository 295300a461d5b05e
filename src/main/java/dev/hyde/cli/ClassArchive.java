package dev.hyde.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JVM's archive of Hyde's classes (class data sharing), for the JVM {@link TunedJvm} starts
 * for a one-off command: loading and checking Hyde's classes and its libraries' is most of the
 * start of a build, about 0.3 s, which on a site of a few dozen pages is a third of the build.
 *
 * <p>The archive is the JVM's own, made by the JVM that ran a command (at its exit, which costs
 * about a second once) and valid for one Hyde jar on one Java installation. So that a build run
 * once on a fresh machine (a CI job) never pays for an archive it will not use, the first run of
 * a jar only notes that it ran; the second makes the archive; every later one uses it. It lives
 * in the user's cache folder ({@code $XDG_CACHE_HOME/hyde} or {@code ~/.cache/hyde}), outside
 * any project; {@code HYDE_CLASS_ARCHIVE=off} does without. An archive the JVM cannot use (made
 * by another JVM, damaged) is ignored by the JVM, silently.
 */
final class ClassArchive {
    /** Archives kept in the folder; older ones (of jars since replaced) are removed. */
    private static final int KEPT = 4;
    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jsa";
    /** The JVM's notes on its archive (a library class it cannot archive, an archive it cannot use) are for JVM developers. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path seen;
    /** Where the JVM writes the archive it makes; null when it uses one or makes none. */
    private final Path making;
    private final List<String> options;

    private ClassArchive(Path archive, Path seen, Path making, List<String> options) {
        this.archive = archive;
        this.seen = seen;
        this.making = making;
        this.options = options;
    }

    /**
     * What the JVM for a command in {@code jar} does about its archive: use it, make it, or (the
     * first time, or when the cache folder cannot be written) nothing.
     *
     * @param jvmOptions the options the command's JVM is given, which an archive must match
     */
    static ClassArchive prepare(Path jar, List<String> jvmOptions, Map<String, String> env) {
        ClassArchive none = new ClassArchive(null, null, null, List.of());
        if ("off".equals(env.get("HYDE_CLASS_ARCHIVE")) || !hotSpot(System.getProperty("java.vm.name", ""))) {
            return none;
        }
        Optional<Path> folder = folder(env);
        if (folder.isEmpty()) {
            return none;
        }
        try {
            String key = key(jar, jvmOptions);
            Path archive = folder.get().resolve(PREFIX + key + SUFFIX);
            Path seen = folder.get().resolve(PREFIX + key + ".seen");
            if (Files.isRegularFile(archive)) {
                List<String> options = new ArrayList<>(QUIET);
                options.add("-XX:SharedArchiveFile=" + archive);
                return new ClassArchive(archive, seen, null, options);
            }
            createFolder(folder.get());
            if (!Files.exists(seen)) {
                Files.createFile(seen);
                return none;
            }
            Path making = folder.get().resolve(PREFIX + key + ".making-" + ProcessHandle.current().pid());
            List<String> options = new ArrayList<>(QUIET);
            options.add("-XX:ArchiveClassesAtExit=" + making);
            return new ClassArchive(archive, seen, making, options);
        } catch (IOException | RuntimeException e) {
            return none; // no archive, as before: nothing the user needs to hear about
        }
    }

    /**
     * Whether the JVM is HotSpot, whose options these are (the command's JVM is this one's
     * {@code java}): another (OpenJ9 reads {@code -Xlog} its own way) gets none.
     */
    static boolean hotSpot(String vmName) {
        return (vmName.contains("HotSpot") || vmName.startsWith("OpenJDK")) && !vmName.contains("OpenJ9");
    }

    /** The options that use or make the archive. */
    List<String> options() {
        return options;
    }

    /**
     * After the command's JVM ended: an archive it made whole (it exited normally) is put in
     * place for the next commands, and archives of older jars are removed.
     */
    void finish(int exitCode) {
        if (making == null) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(making) && Files.size(making) > 0) {
                try {
                    Files.move(making, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(making, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.deleteIfExists(seen);
                removeOld(archive.getParent());
            }
        } catch (IOException | RuntimeException e) {
            // the next command makes it again
        } finally {
            try {
                Files.deleteIfExists(making);
            } catch (IOException e) {
                // a stray file of a stopped JVM; removeOld takes it when it is old
            }
        }
    }

    /** The user's cache folder for Hyde: {@code $XDG_CACHE_HOME/hyde}, {@code ~/.cache/hyde}, or on Windows under LOCALAPPDATA. */
    static Optional<Path> folder(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "hyde"));
        }
        String local = env.get("LOCALAPPDATA");
        if (local != null && !local.isBlank() && Path.of(local).isAbsolute()) {
            return Optional.of(Path.of(local, "hyde", "cache"));
        }
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?") || !Path.of(home).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, ".cache", "hyde"));
    }

    /**
     * What the archive must match: the jar (its path, size and time, so a jar rebuilt in place
     * gets a new one), the Java installation and the JVM's options.
     */
    private static String key(Path jar, List<String> jvmOptions) throws IOException {
        String identity = String.join("\n", jar.toAbsolutePath().normalize().toString(),
                String.valueOf(Files.size(jar)), String.valueOf(Files.getLastModifiedTime(jar).toMillis()),
                System.getProperty("java.home"), System.getProperty("java.vm.version"), String.join(" ", jvmOptions));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Made readable and writable by the user alone where the file system has such permissions. */
    private static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Keeps the newest archives; removes what JVMs stopped while making one left (a day old) and month-old notes. */
    private static void removeOld(Path folder) throws IOException {
        List<Path> archives;
        List<Path> stray;
        List<Path> seen;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList();
            archives = new ArrayList<>(all.stream().filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList());
            stray = all.stream().filter(f -> f.getFileName().toString().contains(".making-")).toList();
            seen = all.stream().filter(f -> f.getFileName().toString().endsWith(".seen")).toList();
        }
        archives.sort(Comparator.comparing(ClassArchive::modified).reversed());
        for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
        long dayAgo = System.currentTimeMillis() - 24 * 3600 * 1000L;
        for (Path file : stray) {
            if (modified(file) < dayAgo) {
                Files.deleteIfExists(file);
            }
        }
        // the notes of jars run once and never again
        long monthAgo = System.currentTimeMillis() - 30 * 24 * 3600 * 1000L;
        for (Path file : seen) {
            if (modified(file) < monthAgo) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
