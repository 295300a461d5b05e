package dev.hyde.extension;

import dev.hyde.Hyde;
import dev.hyde.TestSite;
import dev.hyde.pipeline.BuildOptions;
import dev.hyde.pipeline.BuildResult;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plugin jar built here, from source, as a site's author would build one: a port of a small
 * Ruby tag, a filter and a generator, found through --plugin-path. And what a Jekyll site whose
 * Ruby plugin is not ported is told.
 */
class ExtensionJarTest {
    private static final String SOURCE = """
            package example;

            import dev.hyde.extension.*;
            import java.util.List;
            import java.util.Map;

            public class VideoExtension implements HydeExtension {
                @Override
                public List<TagExtension> tags() {
                    return List.of(new TagExtension() {
                        public String name() { return "youtube"; }
                        public String render(TagCall call) {
                            String[] words = call.markup().split("\\\\s+");
                            if (words[0].isEmpty()) {
                                throw new ExtensionException("{% youtube %} needs a video id");
                            }
                            String title = String.valueOf(call.page().getOrDefault("title", ""));
                            return "<iframe class=\\"video\\" title=\\"" + title + "\\" src=\\"https://www.youtube.com/embed/"
                                    + words[0] + "\\"" + (words.length > 1 ? " " + words[1] : "") + "></iframe>";
                        }
                    });
                }

                @Override
                public List<FilterExtension> filters() {
                    return List.of(new FilterExtension() {
                        public String name() { return "shout"; }
                        public Object apply(Object input, List<Object> arguments) {
                            String mark = arguments.isEmpty() ? "!" : String.valueOf(arguments.get(0));
                            return String.valueOf(input).toUpperCase() + mark;
                        }
                    });
                }

                @Override
                public List<GeneratorExtension> generators() {
                    return List.of(new GeneratorExtension() {
                        public String name() { return "page-count"; }
                        @SuppressWarnings("unchecked")
                        public List<ExtensionFile> generate(Map<String, Object> site) {
                            List<Object> pages = (List<Object>) site.get("pages");
                            return List.of(new ExtensionFile("stats/count.txt", pages.size() + " pages"));
                        }
                    });
                }
            }
            """;

    @TempDir
    static Path work;
    private static Path jar;

    /** Compiles the extension against Hyde's classes and packs it with its service file. */
    @BeforeAll
    static void buildPluginJar() throws IOException {
        Path src = work.resolve("src/example/VideoExtension.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "--release", "17", "-cp", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString());
        assertEquals(0, status, "the example extension compiles");
        jar = work.resolve("plugins/video-extension.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/dev.hyde.extension.HydeExtension"));
            out.write("example.VideoExtension\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private static final String JEKYLL_SITE = """
            -- _config.yml --
            title: Videos
            -- _plugins/youtube.rb --
            module Jekyll
              class YouTubeTag < Liquid::Tag
                def initialize(tag_name, id, tokens)
                  super
                  @id = id.strip
                end
                def render(context)
                  %(<iframe src="https://www.youtube.com/embed/#{@id}"></iframe>)
                end
              end
              module ShoutFilter
                def shout(input, mark = "!")
                  input.upcase + mark
                end
              end
            end
            Liquid::Template.register_tag('youtube', Jekyll::YouTubeTag)
            Liquid::Template.register_filter(Jekyll::ShoutFilter)
            -- index.md --
            ---
            title: Talks
            ---
            Watch this:

            {% youtube dQw4w9WgXcQ width="560" %}

            {{ "hello" | shout: "?!" }}
            -- about.md --
            ---
            title: About
            ---
            Nothing to see.
            """;

    @Test
    void aPortedRubyPluginRunsFromThePluginPath() throws IOException {
        Path root = TestSite.write(JEKYLL_SITE);
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME).withPluginPath(List.of(jar.getParent())));
        assertTrue(result.succeeded(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        Document page = Jsoup.parse(Files.readString(result.destination().resolve("index.html")));
        assertEquals("https://www.youtube.com/embed/dQw4w9WgXcQ", page.expectFirst("iframe.video").attr("src"));
        assertEquals("560", page.expectFirst("iframe.video").attr("width"), "the markup arrives as written");
        assertEquals("Talks", page.expectFirst("iframe.video").attr("title"), "page variables are readable");
        assertTrue(page.text().contains("HELLO?!"), page.text());
        assertEquals("2 pages", Files.readString(result.destination().resolve("stats/count.txt")));
    }

    @Test
    void anUnportedRubyPluginIsNamedWhereItsTagIsUsed() {
        Path root = TestSite.write(JEKYLL_SITE);
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME));
        assertFalse(result.succeeded());
        Diagnostic tag = result.errors().stream().filter(d -> d.title().equals("Unknown Liquid tag: youtube"))
                .findFirst().orElseThrow(() -> new AssertionError(DiagnosticFormatter.formatAll(result.diagnostics())));
        assertEquals("index.md", tag.file());
        assertEquals(6, tag.line());
        assertTrue(tag.detail().contains("defined by the Ruby plugin _plugins/youtube.rb"), tag.detail());
        assertTrue(tag.hint().contains("Extending Hyde"), tag.hint());
        Diagnostic plugin = result.warnings().stream().filter(d -> d.title().equals("Ruby plugin not run: _plugins/youtube.rb"))
                .findFirst().orElseThrow();
        assertTrue(plugin.detail().contains("the tags youtube; the filters shout"), plugin.detail());
        assertTrue(plugin.detail().contains("Used: {% youtube %}"), plugin.detail());
    }

    @Test
    void aTagThatRefusesItsInputIsReportedAtItsLine() {
        Path root = TestSite.write("""
                -- _config.yml --
                title: Videos
                -- index.md --
                ---
                title: Talks
                ---
                Fine.

                {% youtube %}
                """);
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME).withPluginPath(List.of(jar)));
        assertEquals(1, result.errors().size(), () -> DiagnosticFormatter.formatAll(result.diagnostics()));
        Diagnostic error = result.errors().get(0);
        assertEquals("Tag youtube refused its input", error.title());
        assertEquals("index.md", error.file());
        assertEquals(6, error.line());
        assertEquals("{% youtube %} needs a video id", error.detail());
    }

    @Test
    void aMissingPluginPathIsAnError() {
        Path root = TestSite.write("""
                -- content/index.md --
                ---
                title: Home
                ---
                Hi.
                """);
        BuildResult result = Hyde.build(BuildOptions.of(root).withTime(TestSite.TIME)
                .withPluginPath(List.of(work.resolve("no-such-folder"))));
        assertEquals("Plugin path not found", result.errors().get(0).title());
    }
}
