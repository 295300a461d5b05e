package dev.hyde.serve;

import dev.hyde.Hyde;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import org.apache.commons.io.FileUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Checks the preview server's updates on real sites: copies a site, serves it live, then edits
 * its includes, layouts, data files, pages and documents at random (a comment or a line added)
 * and compares what is served with a clean build after each edit. Not a unit test: run it by hand
 * on sites of your own.
 *
 * <pre>java -cp target/test-classes:target/classes:DEPENDENCIES dev.hyde.serve.LiveCrossCheck SITE_DIR [EDITS] [SEED]</pre>
 */
public final class LiveCrossCheck {

    private LiveCrossCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        Path work = Files.createTempDirectory("live-cross-check");
        Path site = work.resolve("site");
        FileUtils.copyDirectory(source.toFile(), site.toFile(), file -> !file.getName().equals("_site")
                && !file.getName().equals(".git") && !file.getName().equals("site") && !file.getName().equals(".hyde"));
        BuildOptions options = BuildOptions.of(site).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        List<Path> candidates = candidates(site);
        LiveSite live = LiveSite.open(options);
        Random random = new Random(seed);
        int differing = 0;
        for (int i = 0; i < edits; i++) {
            Path file = candidates.get(random.nextInt(candidates.size()));
            String name = file.getFileName().toString();
            String text = Files.readString(file);
            String added = name.endsWith(".yml") || name.endsWith(".yaml") ? "\n# edit " + i + "\n"
                    : name.endsWith(".md") || name.endsWith(".markdown") ? "\n\nEdited " + i + ".\n"
                    : "\n<!-- edit " + i + " -->\n";
            Files.writeString(file, text + added);
            long start = System.nanoTime();
            live.apply(List.of(file));
            long micros = (System.nanoTime() - start) / 1000;
            Path clean = work.resolve("clean" + i);
            BuildResult built = Hyde.build(options.withDestination(clean));
            Map<String, byte[]> expected = dev.hyde.TestSite.files(clean);
            Map<String, byte[]> served = live.output().snapshot();
            List<String> wrong = expected.keySet().stream()
                    .filter(path -> !Arrays.equals(expected.get(path), served.get(path))).toList();
            List<String> extra = served.keySet().stream().filter(path -> !expected.containsKey(path)).toList();
            boolean same = !built.succeeded() || (wrong.isEmpty() && extra.isEmpty());
            if (!same) {
                differing++;
            }
            System.out.printf("%s %s: %d pages rendered in %.1f ms%s%s%n",
                    !built.succeeded() ? "(not compared)" : same ? "same" : "DIFFERENT",
                    site.relativize(file), live.lastRendered().size(), micros / 1000.0,
                    built.succeeded() ? "" : " (the clean build failed)",
                    same ? "" : " " + wrong.subList(0, Math.min(5, wrong.size())) + " extra " + extra);
            if (!wrong.isEmpty() && served.containsKey(wrong.get(0))) {
                String[] a = new String(expected.get(wrong.get(0)), java.nio.charset.StandardCharsets.UTF_8).split("\n");
                String[] b = new String(served.get(wrong.get(0)), java.nio.charset.StandardCharsets.UTF_8).split("\n");
                for (int line = 0; line < Math.max(a.length, b.length); line++) {
                    String x = line < a.length ? a[line] : "";
                    String y = line < b.length ? b[line] : "";
                    if (!x.equals(y)) {
                        System.out.printf("  line %d%n  built:  %s%n  served: %s%n", line + 1, x, y);
                        break;
                    }
                }
            }
            FileUtils.deleteDirectory(clean.toFile());
        }
        System.out.printf("%d of %d edits served differently from a clean build%n", differing, edits);
        FileUtils.deleteDirectory(work.toFile());
    }

    /** The files an edit may touch: includes, layouts, data, and Markdown pages and documents. */
    private static List<Path> candidates(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(path -> {
                String relative = site.relativize(path).toString().replace('\\', '/');
                String name = path.getFileName().toString();
                return !relative.startsWith(".") && !relative.contains("/.") && !relative.startsWith("vendor/")
                        && !relative.startsWith("node_modules/")
                        && (((relative.startsWith("_includes/") || relative.startsWith("_layouts/"))
                                && name.endsWith(".html"))
                        || (relative.startsWith("_data/") && (name.endsWith(".yml") || name.endsWith(".yaml")))
                        || ((name.endsWith(".md") || name.endsWith(".markdown")) && startsWithFrontMatter(path)));
            }).sorted().toList();
        }
    }

    private static boolean startsWithFrontMatter(Path file) {
        try {
            return Files.readString(file).startsWith("---");
        } catch (IOException e) {
            return false;
        }
    }

}
