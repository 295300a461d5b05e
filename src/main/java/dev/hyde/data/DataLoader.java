package dev.hyde.data;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.diag.Diagnostics;
import dev.hyde.source.Utf8Text;
import dev.hyde.yaml.SafeYaml;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
        for (Path entry : sortedChildren(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                tree.put(name, readFolder(entry, layout, diagnostics));
                continue;
            }
            int dot = name.lastIndexOf('.');
            if (dot <= 0) {
                continue;
            }
            String key = name.substring(0, dot);
            String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
            String shownAs = layout.relative(entry);
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
        try (CSVParser parser = CSVParser.parse(new StringReader(text), withHeader)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(Collections.unmodifiableMap(new LinkedHashMap<>(record.toMap())));
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException | RuntimeException e) {
            throw Diagnostic.error("Malformed CSV data file").at(shownAs)
                    .detail(String.valueOf(e.getMessage()))
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

    private static List<Path> sortedChildren(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
