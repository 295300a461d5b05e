package dev.hyde.layout;

import dev.hyde.config.ConfigLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java evaluation of jekyll-compress-html on one page under several options, for releases
 * told apart by their differences. The expected pages are what Liquid renders for the released
 * layout files (which {@link CompressHtmlLayoutTest} compares at length when it is given them);
 * this test needs none of the plugin's files, so it always runs.
 */
class CompressHtmlReleasesTest {
    private static final String PAGE = "<html>\n  <head>\n    <title> T </title>\n  </head>\n  <body>\n"
            + "    <!-- a comment -->\n    <p>  a   b </p>\n\n\n    <ul> <li> one </li> <li>two</li> </ul>\n"
            + "    <pre>  keep\n   this  </pre>\n    <div>  x\t y  </div>\n  </body>\n</html>\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the defaults: whitespace outside <pre> collapsed", "3.2.1", Map.of(),
                        "<html> <head> <title> T </title> </head> <body> <!-- a comment --> <p> a b </p> <ul> <li> one </li> <li>two</li> </ul><pre>  keep\n   this  </pre><div> x y </div> </body> </html>\n"),
                Arguments.of("every option at all", "3.2.1", Map.of("endings", "all", "comments", "all", "clippings", "all"),
                        "<html><head><title> T</title><body><p> a b</p><ul><li> one<li>two</ul><pre>  keep\n   this  </pre><div> x y</div>\n"),
                Arguments.of("blank lines dropped, spaces kept", "3.2.1", Map.of("blanklines", true),
                        "<html>\n  <head>\n    <title> T </title>\n  </head>\n  <body>\n    <!-- a comment -->\n    <p>  a   b </p>\n    <ul> <li> one </li> <li>two</li> </ul>\n    <pre>  keep\n   this  </pre>\n    <div>  x\t y  </div>\n  </body>\n</html>\n"),
                Arguments.of("start tags and comments of a given pair removed", "3.2.1", Map.of("startings", List.of("html", "head", "body"), "comments", List.of("<!--", "-->")),
                        "<title> T </title> </head> <p> a b </p> <ul> <li> one </li> <li>two</li> </ul><pre>  keep\n   this  </pre><div> x y </div> </body> </html>\n"),
                Arguments.of("an ignored environment: the page as it is", "3.2.1", Map.of("ignore", Map.of("envs", List.of("development"))),
                        "<html>\n  <head>\n    <title> T </title>\n  </head>\n  <body>\n    <!-- a comment -->\n    <p>  a   b </p>\n\n\n    <ul> <li> one </li> <li>two</li> </ul>\n    <pre>  keep\n   this  </pre>\n    <div>  x\t y  </div>\n  </body>\n</html>\n\n"),
                Arguments.of("3.0.x removes </p> with the endings", "3.0.2", Map.of("endings", "all"),
                        "<html> <head> <title> T </title> <body> <!-- a comment --> <p> a b <ul> <li> one <li>two </ul><pre>  keep\n   this  </pre><div> x y </div>\n"),
                Arguments.of("3.0.1's blank lines", "3.0.1", Map.of("blanklines", true),
                        "<html>\n  <head>\n    <title> T </title>\n  </head>\n  <body>\n    <!-- a comment -->\n    <p>  a   b </p>\n    <ul> <li> one </li> <li>two</li> </ul>\n    <pre>  keep\n   this  </pre>\n    <div>  x\t y  </div>\n  </body>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesWhatLiquidGaveForTheReleasedLayout(String what, String version, Map<String, Object> options,
                                                 String expected) {
        CompressHtmlLayout.Release release = CompressHtmlLayout.RELEASES.stream()
                .filter(r -> List.of(r.versions().split(", ")).contains(version)).findFirst().orElseThrow();
        String page = CompressHtmlLayout.of(release).render(Map.of("compress_html", options), Map.of(), PAGE,
                Map.of("jekyll", Map.of("environment", "development")), ConfigLoader.DEFAULT_LIQUID_LIMITS).orElseThrow();
        assertEquals(expected, page);
    }
}
