package dev.hyde.compare;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One page reduced to what a reader gets from it, so that two generators' different markup for
 * the same content compares equal.
 *
 * @param words      the visible text of the body, word by word
 * @param title      the {@code <title>}, white space folded; empty when there is none
 * @param headingIds ids of h1-h6 headings, in document order: the anchors readers link to
 * @param links      {@code a[href]} targets as written, in document order
 */
public record ReaderView(List<String> words, String title, List<String> headingIds, List<String> links) {

    /** Never shown to a reader, even though jsoup would count their text. */
    private static final String UNSEEN = "script, style, noscript, template";
    private static final String HEADINGS = "h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]";
    /** Also no-break and other Unicode spaces: generators differ in where they put &amp;nbsp;. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    public ReaderView {
        words = List.copyOf(words);
        title = title == null ? "" : title;
        headingIds = List.copyOf(headingIds);
        links = List.copyOf(links);
    }

    /** Reads a page, taking its encoding from a byte-order mark or a meta tag (UTF-8 otherwise). */
    public static ReaderView read(Path file) throws IOException {
        return of(Jsoup.parse(file.toFile(), null));
    }

    public static ReaderView parse(String html) {
        return of(Jsoup.parse(html));
    }

    public static ReaderView of(Document page) {
        Document doc = page.clone();
        doc.select(UNSEEN).remove();
        List<String> headingIds = new ArrayList<>();
        for (Element heading : doc.select(HEADINGS)) {
            String id = heading.id().strip();
            if (!id.isEmpty()) {
                headingIds.add(id);
            }
        }
        List<String> links = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            // browsers strip the spaces around a URL, so a reader lands on the same place
            links.add(a.attr("href").strip());
        }
        // the body only: the title is a criterion of its own and would count twice in the text
        return new ReaderView(words(doc.body().text()), fold(doc.title()), headingIds, links);
    }

    private static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACE.split(folded));
    }

    private static String fold(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
