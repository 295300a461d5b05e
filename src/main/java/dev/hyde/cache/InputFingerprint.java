package dev.hyde.cache;

import dev.hyde.git.GitCommand;
import dev.hyde.pipeline.BuildOptions;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A SHA-256 over everything a build reads: every file of the project (its path and its bytes),
 * the configuration files and extension jars given from elsewhere, the build's options, Hyde's
 * own jar, {@code SOURCE_DATE_EPOCH}, and the git commit and configuration the pages' dates and
 * {@code site.github} come from. Two equal fingerprints mean the same build.
 *
 * <p>Left out: the destination, the {@code .hyde} folder, {@code .git} (stood for by its commit)
 * and, in a Hyde project, Maven's {@code target} folder, none of which a build reads.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    /**
     * What a build reads, hashed.
     *
     * @param fingerprint the whole: two equal fingerprints mean the same build
     * @param global      everything but the project's files: Hyde, options, outside files, git
     * @param files       each project file's "SIZE CRC32C CRC32" by its path relative to the root
     */
    record Inputs(String fingerprint, String global, Map<String, String> files) {
        Inputs {
            files = Map.copyOf(files);
        }
    }

    static String of(BuildOptions options) throws IOException {
        return read(options).fingerprint();
    }

    static Inputs read(BuildOptions options) throws IOException {
        MessageDigest digest = sha256();
        Path root = options.project().toAbsolutePath().normalize();
        Path destination = options.destination().toAbsolutePath().normalize();
        text(digest, "hyde " + hydeIdentity());
        text(digest, "options " + options.drafts() + " " + options.time() + " " + options.configFiles() + " "
                + options.sourceKind() + " " + options.version() + " " + options.strict() + " "
                + options.keepGoing() + " " + destination);
        text(digest, "epoch " + System.getenv("SOURCE_DATE_EPOCH"));
        Map<String, Path> outside = new TreeMap<>();
        outsideFiles(options, root).forEach(file -> outside.put(file.toString(), file));
        for (Map.Entry<String, String> file : contentHashes(outside)) {
            text(digest, "outside " + file.getKey() + " " + file.getValue());
        }
        text(digest, "git " + git(root, "rev-parse", "HEAD") + git(root, "config", "--local", "--list"));
        String global = HexFormat.of().formatHex(((MessageDigest) clone(digest)).digest());
        Set<Path> skipped = Set.of(destination, root.resolve(".hyde"), root.resolve(".git"));
        boolean hydeProject = !options.projectLayout().isJekyll();
        Map<String, Path> files = files(root, skipped, hydeProject ? root.resolve("target") : null);
        Map<String, String> hashes = new java.util.HashMap<>(files.size() * 2);
        for (Map.Entry<String, String> file : contentHashes(files)) {
            text(digest, "file " + file.getKey() + " " + file.getValue());
            hashes.put(file.getKey(), file.getValue());
        }
        return new Inputs(HexFormat.of().formatHex(digest.digest()), global, hashes);
    }

    private static Object clone(MessageDigest digest) {
        try {
            return digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be copied", e);
        }
    }

    /** The project's files by path relative to the root, in a fixed order; symbolic links followed. */
    private static Map<String, Path> files(Path root, Set<Path> skipped, Path alsoSkipped) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path normal = dir.toAbsolutePath().normalize();
                return skipped.contains(normal) || normal.equals(alsoSkipped)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e; // an unreadable file: no fingerprint, so no cache
            }
        });
        return files;
    }

    /** Configuration files and extension jars named by the options but kept outside the project. */
    private static List<Path> outsideFiles(BuildOptions options, Path root) throws IOException {
        List<Path> outside = new ArrayList<>();
        for (Path config : options.configFiles()) {
            Path file = root.resolve(config).toAbsolutePath().normalize();
            if (!file.startsWith(root) && Files.isRegularFile(file)) {
                outside.add(file);
            }
        }
        for (Path entry : options.pluginPath()) {
            Path path = entry.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                try (var jars = Files.list(path)) {
                    jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(outside::add);
                }
            } else if (Files.isRegularFile(path)) {
                outside.add(path);
            }
        }
        return outside;
    }

    /**
     * Hyde's code: the jar it runs from, by the name, size and CRC-32 of each of its entries, which
     * the jar's directory holds (a snapshot's version number says nothing; reading 60 MB to hash
     * them again would cost more than the rest of a build with no change).
     */
    private static String hydeIdentity() throws IOException {
        try {
            Path code = codeLocation();
            if (Files.isRegularFile(code)) {
                MessageDigest digest = sha256();
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                    java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        java.util.zip.ZipEntry entry = entries.nextElement();
                        text(digest, entry.getName() + " " + entry.getSize() + " " + entry.getCrc());
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            }
            // classes in a folder (tests, an IDE): their newest change stands for them
            try (var walk = Files.walk(code)) {
                return "classes " + walk.filter(Files::isRegularFile)
                        .mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
            }
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell which Hyde this is (" + e + ")", e);
        }
    }

    /**
     * The jar or class folder Hyde's classes come from. Some class loaders (Maven's exec:java)
     * give classes no code source; the address of this class's own file tells it then.
     */
    private static Path codeLocation() throws URISyntaxException {
        java.security.CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            return Path.of(source.getLocation().toURI());
        }
        String self = InputFingerprint.class.getName().replace('.', '/') + ".class";
        java.net.URL url = InputFingerprint.class.getClassLoader().getResource(self);
        if (url == null) {
            throw new IllegalStateException("no code source and no class file for " + self);
        }
        String address = url.toString();
        if (address.startsWith("jar:")) {
            return Path.of(new java.net.URI(address.substring(4, address.indexOf("!/"))));
        }
        Path file = Path.of(url.toURI());
        for (int i = 0; i < self.split("/").length; i++) {
            file = file.getParent();
        }
        return file;
    }

    /** What a git command prints in the project, or nothing outside a repository or without git. */
    private static String git(Path root, String... args) {
        return GitCommand.run(root, 10, true, args).orElse("");
    }

    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(bytes);
        digest.update((byte) 0);
    }

    /** The size in bytes a file's hash ({@link #contentHashes}) gives. */
    static long size(String hash) {
        return Long.parseLong(hash.substring(0, hash.indexOf(' ')));
    }

    /** The CRC-32C of the file's bytes a file's hash ({@link #contentHashes}) gives. */
    static long crc32c(String hash) {
        int from = hash.indexOf(' ') + 1;
        return Long.parseLong(hash.substring(from, hash.indexOf(' ', from)));
    }

    /**
     * "SIZE CRC32C CRC32" for each file by its name, in the map's order; read on all cores. Two
     * different 32-bit checksums make 64 bits: an edit that keeps a file's size and both
     * checksums happens once in 2^64 edits, and both are computed by the processor's own
     * instructions, which reading a large site's every byte needs to stay within a second.
     */
    private static List<Map.Entry<String, String>> contentHashes(Map<String, Path> files) throws IOException {
        List<Map.Entry<String, Path>> entries = new ArrayList<>(files.entrySet());
        try {
            return entries.parallelStream().map(entry -> {
                try {
                    byte[] bytes = Files.readAllBytes(entry.getValue());
                    java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
                    castagnoli.update(bytes);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    return Map.entry(entry.getKey(), bytes.length + " " + castagnoli.getValue() + " " + crc.getValue());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
