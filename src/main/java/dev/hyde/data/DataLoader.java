package dev.hyde.data;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.source.LinkGuard;
import dev.hyde.text.Utf8Text;
import dev.hyde.yaml.SafeYaml;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code _data} into {@code site.data}: {@code _data/istio.yml} becomes
 * {@code site.data.istio}, {@code _data/team/members.csv} becomes {@code site.data.team.members}
 * (a list of rows keyed by the header), as in Jekyll.
 */
public final class DataLoader {
    private DataLoader() {
    }

    /** The data tree, read-only; files that fail to parse are reported and left out. */
    public static Map<String, Object> load(ProjectLayout layout, Diagnostics diagnostics) {
        Path dir = layout.data();
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        return readFolder(dir, layout, diagnostics);
    }

    private static Map<String, Object> readFolder(Path dir, ProjectLayout layout, Diagnostics diagnostics) {
        Map<String, Object> tree = new LinkedHashMap<>();
        // Which file or folder set each key, so a second source for one key is an error, not a silent replacement.
        Map<String, String> origins = new LinkedHashMap<>();
        for (Path entry : sortedChildren(dir, layout, diagnostics)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            java.util.Optional<Diagnostic> link = LinkGuard.check(entry, layout);
            if (link.isPresent()) {
                diagnostics.add(link.get());
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (claim(origins, name, layout.relative(entry), diagnostics)) {
                    tree.put(name, readFolder(entry, layout, diagnostics));
                }
                continue;
            }
            int dot = name.lastIndexOf('.');
            if (dot <= 0) {
                continue;
            }
            String key = name.substring(0, dot);
            String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
            String shownAs = layout.relative(entry);
            if (List.of("yml", "yaml", "json", "csv", "tsv").contains(ext) && !claim(origins, key, shownAs, diagnostics)) {
                continue;
            }
            try {
                switch (ext) {
                    case "yml", "yaml", "json" -> tree.put(key, readOnly(SafeYaml.load(Utf8Text.read(entry, shownAs), shownAs, 1, diagnostics::add)));
                    case "csv" -> tree.put(key, readCsv(Utf8Text.read(entry, shownAs), shownAs, CSVFormat.DEFAULT));
                    case "tsv" -> tree.put(key, readCsv(Utf8Text.read(entry, shownAs), shownAs, CSVFormat.TDF));
                    default -> {
                        // Other files (README, notes) are not data; Jekyll ignores them too.
                    }
                }
            } catch (DiagnosticException e) {
                diagnostics.add(e.diagnostic());
            }
        }
        return Collections.unmodifiableMap(tree);
    }

    private static List<Map<String, Object>> readCsv(String text, String shownAs, CSVFormat format) {
        CSVFormat withHeader = format.builder().setHeader().setSkipHeaderRecord(true).get();
        long[] line = {1};
        try (CSVParser parser = CSVParser.parse(new StringReader(text), withHeader)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            line[0] = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                rows.add(Collections.unmodifiableMap(new LinkedHashMap<>(record.toMap())));
                line[0] = parser.getCurrentLineNumber() + 1;
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // The parser's message names its own exception class; the row where it stopped is what helps.
            String message = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw Diagnostic.error("Malformed CSV data file").at(shownAs, (int) Math.min(Integer.MAX_VALUE, line[0]))
                    .detail(String.valueOf(message).replaceFirst("^[\\w.]+(Exception|Error): ", ""))
                    .hint("The first row names the columns; every value with a comma or quote must be quoted.")
                    .exception();
        }
    }

    /** Deep read-only copy, so no page can change data another page sees. */
    @SuppressWarnings("unchecked")
    static Object readOnly(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), readOnly(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(readOnly(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static boolean claim(Map<String, String> origins, String key, String shownAs, Diagnostics diagnostics) {
        String first = origins.putIfAbsent(key, shownAs);
        if (first == null) {
            return true;
        }
        diagnostics.add(Diagnostic.error("Two data sources for site.data key '" + key + "'").at(shownAs)
                .detail(first + " and " + shownAs + " both define it; neither silently replaces the other.")
                .hint("Rename or remove one of them.")
                .build());
        return false;
    }

    private static List<Path> sortedChildren(Path dir, ProjectLayout layout, Diagnostics diagnostics) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("Cannot read data folder").at(layout.relative(dir))
                    .detail(String.valueOf(e.getMessage()))
                    .hint("Check that the folder exists and is readable.")
                    .build());
            return List.of();
        }
    }
}
