package dev.hyde.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Holds the tag reading to the parser's on real pages: for each HTML file under the folders given,
 * the whole page, its body's content read as a fragment, and the page around that content, each
 * read both ways. Prints every difference and how often the tag reading declined.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.hyde.html.ScanCrossCheck DIR...}
 */
public final class ScanCrossCheck {

    private ScanCrossCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                walk.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p)).forEach(files::add);
            }
        }
        int[] counts = new int[6]; // pages, differences, declined page, declined fragment, declined around, fragments
        for (Path file : files) {
            String html;
            try {
                html = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException notUtf8) {
                continue;
            }
            counts[0]++;
            List<String> differences = differences(html, counts);
            if (!differences.isEmpty()) {
                counts[1]++;
                System.out.println(file + ": " + differences);
            }
        }
        System.out.printf("%d pages, %d with differences; declined: %d pages, %d of %d bodies, %d around%n",
                counts[0], counts[1], counts[2], counts[3], counts[5], counts[4]);
    }

    /** The ways the tag reading differs from the parser's on one page; counts its declines. */
    static List<String> differences(String html, int[] counts) {
        List<String> differences = new ArrayList<>();
        Optional<TagScanner.Reading> page = TagScanner.read(html, -1, "hyde-scan-mark");
        if (page.isEmpty()) {
            counts[2]++;
        } else if (!page.get().scan().equals(HtmlScanner.scanWithParser(html))) {
            differences.add("page: " + diff(page.get().scan(), HtmlScanner.scanWithParser(html)));
        }
        int open = html.indexOf("<body");
        int start = open < 0 ? -1 : html.indexOf('>', open) + 1;
        int end = html.lastIndexOf("</body>");
        if (start <= 0 || end < start) {
            return differences;
        }
        String body = html.substring(start, end);
        counts[5]++;
        Optional<TagScanner.Reading> fragment = TagScanner.read(body, -1, "hyde-scan-mark");
        HtmlScanner.Fragment parsed = HtmlScanner.scanFragmentWithParser(body);
        if (fragment.isEmpty()) {
            counts[3]++;
        } else if (!fragment.get().scan().equals(parsed.scan()) || fragment.get().closed() != parsed.closed()) {
            differences.add("body: closed " + fragment.get().closed() + " vs " + parsed.closed() + " "
                    + diff(fragment.get().scan(), parsed.scan()));
        }
        String around = html.substring(0, start) + HtmlScanner.mark() + html.substring(end);
        Optional<TagScanner.Reading> layout = TagScanner.read(around, start, "hyde-scan-mark");
        Optional<ScannedHtml> parsedAround = HtmlScanner.scanAroundWithParser(around, start);
        if (layout.isEmpty()) {
            counts[4]++;
        } else {
            Optional<ScannedHtml> read = layout.get().markRead() ? Optional.of(layout.get().scan()) : Optional.empty();
            if (!read.equals(parsedAround)) {
                differences.add("around: " + read.map(r -> parsedAround.map(p -> diff(r, p)).orElse("mark read"))
                        .orElse("mark not read"));
            }
        }
        return differences;
    }

    private static String diff(ScannedHtml ours, ScannedHtml parsed) {
        StringBuilder out = new StringBuilder();
        compare("links", ours.links(), parsed.links(), out);
        compare("ids", ours.ids(), parsed.ids(), out);
        compare("headings", ours.headings(), parsed.headings(), out);
        if (!ours.base().equals(parsed.base())) {
            out.append(" base ").append(ours.base()).append(" vs ").append(parsed.base());
        }
        return out.toString();
    }

    private static void compare(String what, List<?> ours, List<?> parsed, StringBuilder out) {
        if (ours.equals(parsed)) {
            return;
        }
        for (int i = 0; i < Math.max(ours.size(), parsed.size()); i++) {
            Object a = i < ours.size() ? ours.get(i) : null;
            Object b = i < parsed.size() ? parsed.get(i) : null;
            if (a == null || !a.equals(b)) {
                out.append(' ').append(what).append(" #").append(i).append(": ").append(a).append(" vs ").append(b);
                return;
            }
        }
    }
}
