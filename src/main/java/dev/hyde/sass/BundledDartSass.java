package dev.hyde.sass;

import de.larsgrefer.sass.embedded.connection.BundledPackageProvider;
import de.larsgrefer.sass.embedded.util.PlatformUtils;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.io.FileUtils;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

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
        if (dir != null) {
            // a temporary folder: what cannot be deleted is left to the operating system
            FileUtils.deleteQuietly(dir.toFile());
        }
    }

    private static void unzip(InputStream in, Path target) throws IOException {
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(in)) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                extract(zip, entry, entry.isDirectory(), false, target);
            }
        }
    }

    private static void untar(InputStream in, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.isDirectory() || entry.isFile()) { // links and the like: not in the package
                    extract(tar, entry, entry.isDirectory(), (entry.getMode() & 0111) != 0, target);
                }
            }
        }
    }

    private static void extract(InputStream archive, ArchiveEntry entry, boolean folder, boolean executable,
                                Path target) throws IOException {
        Path out = inside(target, entry.getName());
        if (folder) {
            Files.createDirectories(out);
            return;
        }
        Files.createDirectories(out.getParent());
        Files.copy(archive, out, StandardCopyOption.REPLACE_EXISTING);
        if (executable && !out.toFile().setExecutable(true, true)) {
            throw new IOException("cannot make " + out + " executable");
        }
    }

    private static Path inside(Path target, String name) throws IOException {
        Path out = target.resolve(name).normalize();
        if (!out.startsWith(target)) {
            throw new IOException("unexpected entry in the Dart Sass package: " + name);
        }
        return out;
    }

}
