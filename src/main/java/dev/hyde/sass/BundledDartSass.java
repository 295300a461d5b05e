package dev.hyde.sass;

import de.larsgrefer.sass.embedded.connection.BundledPackageProvider;
import de.larsgrefer.sass.embedded.util.PlatformUtils;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the Dart Sass package that {@code de.larsgrefer.sass:sass-embedded-bundled} ships for
 * this platform into a fresh private temporary folder.
 *
 * <p>The library's own {@code SassCompilerFactory.bundled()} unpacks into a fixed, shared folder
 * below {@code java.io.tmpdir} and reuses whatever it finds there: two JVMs starting at once (or a
 * JVM killed half way) leave a half-written compiler that later builds would run. A private folder
 * per {@link SassCompiler}, deleted on close, costs one unpacking (about 10 MB, well under a
 * second) per build that compiles Sass and has none of those failure modes.
 */
final class BundledDartSass {
    private static final String RESOURCE_DIR = "/de/larsgrefer/sass/embedded/bundled/";

    private BundledDartSass() {
    }

    /** The platform's package name, as the bundle names it: {@code dart-sass-linux-x64.tar.gz}. */
    static String packageName() {
        return "dart-sass-" + PlatformUtils.getDartSassPackageSuffix();
    }

    /**
     * Unpacks the package into {@code target} (an empty folder) and returns its {@code sass}
     * launcher ({@code sass}, or {@code sass.bat} on Windows).
     */
    static Path unpack(Path target) throws IOException {
        String name = packageName();
        URL resource = BundledPackageProvider.class.getResource(RESOURCE_DIR + name);
        if (resource == null) {
            throw new IOException("the sass-embedded-bundled jar has no " + name
                    + " (no Dart Sass build for this operating system and processor)");
        }
        try (InputStream in = resource.openStream()) {
            if (name.endsWith(".zip")) {
                unzip(in, target);
            } else {
                untar(new GZIPInputStream(in, 64 * 1024), target);
            }
        }
        Path dir = target.resolve("dart-sass");
        for (String launcher : new String[] {"sass", "sass.bat", "sass.exe"}) {
            Path candidate = dir.resolve(launcher);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException(name + " has no dart-sass/sass launcher");
    }

    /** Deletes the folder and everything in it, as far as it can. */
    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder: what is left is left to the operating system
        }
    }

    private static void unzip(InputStream in, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path out = inside(target, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A minimal ustar/GNU tar reader: regular files and folders, which is all the package has. */
    private static void untar(InputStream in, Path target) throws IOException {
        byte[] header = new byte[512];
        String longName = null;
        while (true) {
            if (!readBlock(in, header)) {
                return;
            }
            if (isZeroBlock(header)) {
                return;
            }
            String name = longName != null ? longName : entryName(header);
            longName = null;
            long size = octal(header, 124, 12);
            int mode = (int) octal(header, 100, 8);
            char type = (char) header[156];
            switch (type) {
                case '0', '\0', '7' -> {
                    Path out = inside(target, name);
                    Files.createDirectories(out.getParent());
                    try (InputStream body = new Bounded(in, size)) {
                        Files.copy(body, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if ((mode & 0111) != 0 && !out.toFile().setExecutable(true, true)) {
                        throw new IOException("cannot make " + out + " executable");
                    }
                    skip(in, padding(size));
                }
                case '5' -> {
                    Files.createDirectories(inside(target, name));
                    skip(in, size + padding(size));
                }
                case 'L' -> { // GNU long name: the next entry's name is this entry's body
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    new Bounded(in, size).transferTo(buf);
                    skip(in, padding(size));
                    longName = buf.toString(StandardCharsets.UTF_8).replace("\0", "");
                }
                default -> skip(in, size + padding(size)); // pax headers, links: not in the package
            }
        }
    }

    private static String entryName(byte[] header) {
        String name = cString(header, 0, 100);
        String magic = cString(header, 257, 6);
        if (magic.startsWith("ustar")) {
            String prefix = cString(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        return name;
    }

    private static Path inside(Path target, String name) throws IOException {
        Path out = target.resolve(name).normalize();
        if (!out.startsWith(target)) {
            throw new IOException("unexpected entry in the Dart Sass package: " + name);
        }
        return out;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, block.length);
        if (n == 0) {
            return false;
        }
        if (n < block.length) {
            throw new EOFException("truncated Dart Sass package");
        }
        return true;
    }

    private static boolean isZeroBlock(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long padding(long size) {
        return (512 - size % 512) % 512;
    }

    private static void skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int off, int len) {
        long value = 0;
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c == 0 || c == ' ') {
                if (value != 0) {
                    break;
                }
                continue;
            }
            if (c < '0' || c > '7') {
                break;
            }
            value = value * 8 + (c - '0');
        }
        return value;
    }

    /** At most {@code remaining} bytes of the underlying stream, which it does not close. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long remaining;

        Bounded(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int c = in.read();
            if (c < 0) {
                throw new EOFException("truncated Dart Sass package");
            }
            remaining--;
            return c;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buf, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("truncated Dart Sass package");
            }
            remaining -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.skipNBytes(remaining);
            remaining = 0;
        }
    }
}
