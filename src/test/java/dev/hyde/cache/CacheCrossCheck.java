package dev.hyde.cache;

import dev.hyde.Hyde;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildProgress;
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
 * Checks builds that keep pages from the cache on a real Hyde project: copies it, builds it, then
 * edits its pages, includes, templates and data at random and compares each cached build's site
 * and warnings with a clean build's. Not a unit test: run it by hand on projects of your own.
 *
 * <pre>java -cp target/test-classes:target/classes:DEPENDENCIES dev.hyde.cache.CacheCrossCheck PROJECT [EDITS] [SEED]</pre>
 */
public final class CacheCrossCheck {

    private CacheCrossCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1L);
        Path work = Files.createTempDirectory("cache-cross-check");
        Path project = work.resolve("project");
        for (String part : List.of("content", "templates", "_data", "_config.yml")) {
            Path from = source.resolve(part);
            if (Files.isDirectory(from)) {
                FileUtils.copyDirectory(from.toFile(), project.resolve(part).toFile());
            } else if (Files.isRegularFile(from)) {
                FileUtils.copyFile(from.toFile(), project.resolve(part).toFile());
            }
        }
        BuildOptions options = BuildOptions.of(project).withTime(ZonedDateTime.parse("2020-01-01T00:00:00Z"));
        List<Path> candidates = candidates(project);
        BuildResult first = CachedBuild.build(options, BuildProgress.NONE, true);
        System.out.println(first.summary());
        int differing = 0;
        for (int i = 0; i < edits; i++) {
            Path file = candidates.get(random.nextInt(candidates.size()));
            String name = file.getFileName().toString();
            String added = name.endsWith(".yml") ? "\n# edit " + i + "\n"
                    : name.endsWith(".md") ? "\n\nEdited " + i + ".\n"
                    : name.endsWith(".ftl") || name.endsWith(".ftlh") ? "\n<#-- edit " + i + " -->\n"
                    : "\n<!-- edit " + i + " -->\n";
            Files.writeString(file, Files.readString(file) + added);
            BuildResult cached = CachedBuild.build(options, BuildProgress.NONE, true);
            Path clean = work.resolve("clean" + i);
            BuildResult built = Hyde.build(options.withDestination(clean));
            Map<String, byte[]> expected = dev.hyde.TestSite.files(clean);
            Map<String, byte[]> actual = dev.hyde.TestSite.files(options.destination());
            boolean same = expected.keySet().equals(actual.keySet())
                    && expected.keySet().stream().allMatch(p -> Arrays.equals(expected.get(p), actual.get(p)))
                    && built.diagnostics().equals(cached.diagnostics());
            if (!same && built.succeeded()) {
                differing++;
            }
            System.out.printf("%s %s: %s%n", !built.succeeded() ? "(not compared)" : same ? "same" : "DIFFERENT",
                    project.relativize(file), cached.summary().replaceAll(" copied into .*", ""));
            FileUtils.deleteDirectory(clean.toFile());
        }
        System.out.printf("%d of %d edits built differently from a clean build%n", differing, edits);
        FileUtils.deleteDirectory(work.toFile());
    }

    /** The files an edit may touch: pages, includes, templates and data. */
    private static List<Path> candidates(Path project) throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(Files::isRegularFile).filter(path -> {
                String relative = project.relativize(path).toString().replace('\\', '/');
                String name = path.getFileName().toString();
                return (relative.startsWith("content/") && name.endsWith(".md"))
                        || (relative.startsWith("templates/") && !relative.startsWith("templates/assets/")
                        && (name.endsWith(".html") || name.endsWith(".ftl") || name.endsWith(".ftlh")))
                        || (relative.startsWith("_data/") && name.endsWith(".yml"));
            }).sorted().toList();
        }
    }

}
