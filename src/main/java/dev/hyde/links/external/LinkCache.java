package dev.hyde.links.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hyde.diag.Diagnostic;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Successes remembered between runs, so a site with hundreds of external links does not ask every
 * server again on each build. Failures are never remembered: a broken link must be seen fixed.
 *
 * <pre>
 * {
 *   "format" : "hyde-external-links",
 *   "version" : 1,
 *   "entries" : [ { "url" : "https://example.org/", "status" : 200, "checked" : "2026-01-01T10:00:00Z" } ]
 * }
 * </pre>
 *
 * A file that is not such a cache, whole and well-formed, is not used at all (one warning) and is
 * replaced at the end of the run: half a cache could hide a broken link.
 */
final class LinkCache {
    static final String FORMAT = "hyde-external-links";
    static final int VERSION = 1;
    private static final String REWRITTEN = "It is replaced with a fresh cache after this run;"
            + " delete it if something else wrote it.";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** What one success was, and when it was seen. */
    record Entry(URI url, int status, Instant checked) {
    }

    /** The file's shape, for writing. */
    private record FileJson(String format, int version, List<EntryJson> entries) {
    }

    private record EntryJson(String url, int status, String checked) {
    }

    private final Map<URI, Entry> entries;

    private LinkCache(Map<URI, Entry> entries) {
        this.entries = entries;
    }

    static LinkCache empty() {
        return new LinkCache(Map.of());
    }

    /** The cache in {@code file}; empty when there is none yet, or (with one warning) when it cannot be used. */
    static LinkCache load(Path file, Consumer<Diagnostic> warnings) {
        if (!Files.exists(file)) {
            // the first run, or a cache deleted on purpose; a folder that cannot hold it is
            // reported once, when the cache is written
            return empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            warnings.accept(ignored(file, 0, 0, "it cannot be read").detail(String.valueOf(e.getMessage())).build());
            return empty();
        }
        try {
            return new LinkCache(entries(JSON.readTree(bytes)));
        } catch (JsonEOFException e) {
            warnings.accept(ignored(file, line(e), 0, "it ends early (cut short?)").build());
        } catch (StreamReadException e) {
            warnings.accept(ignored(file, line(e), column(e), "it is not valid JSON")
                    .detail(e.getOriginalMessage()).build());
        } catch (NotACache e) {
            warnings.accept(ignored(file, 0, 0, e.getMessage()).build());
        } catch (IOException e) {
            warnings.accept(ignored(file, 0, 0, "it cannot be read").detail(String.valueOf(e.getMessage())).build());
        }
        return empty();
    }

    /** The remembered success for {@code url}, when it is younger than {@code maxAge}. */
    Optional<Entry> fresh(URI url, Instant now, Duration maxAge) {
        Entry entry = entries.get(url);
        return entry != null && fresh(entry, now, maxAge) ? Optional.of(entry) : Optional.empty();
    }

    /**
     * Writes the successes of this run, and the still fresh ones of earlier runs for URLs this run
     * did not ask about (a check of part of a site does not forget the rest). Written to a
     * temporary file moved into place, so a crash never leaves half a cache.
     */
    void save(Path file, Collection<ExternalResult> results, Instant now, Duration maxAge,
              Consumer<Diagnostic> warnings) {
        Map<URI, Entry> kept = new HashMap<>();
        entries.values().stream().filter(e -> fresh(e, now, maxAge)).forEach(e -> kept.put(e.url(), e));
        for (ExternalResult result : results) {
            if (!result.ok()) {
                kept.remove(result.url());
            } else if (!result.fromCache()) {
                kept.put(result.url(), new Entry(result.url(), result.httpStatus(), now));
            }
        }
        List<EntryJson> json = new ArrayList<>();
        kept.values().stream().sorted(Comparator.comparing(e -> e.url().toString()))
                .forEach(e -> json.add(new EntryJson(e.url().toString(), e.status(), e.checked().toString())));
        Path temp = null;
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new IOException(folder + " is a file, not a folder");
            }
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            JSON.writeValue(temp.toFile(), new FileJson(FORMAT, VERSION, json));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            warnings.accept(Diagnostic.warning("Could not write the external link cache")
                    .at(file.toString())
                    .detail(e.getClass() == IOException.class ? e.getMessage()
                            : e.getClass().getSimpleName() + ": " + e.getMessage())
                    .hint("Check that its folder can be written. The results of this run are complete,"
                            + " but the next run checks every link again.").build());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static boolean fresh(Entry entry, Instant now, Duration maxAge) {
        // a time in the future means a clock was wrong: trust nothing from it
        return !entry.checked().isAfter(now) && entry.checked().plus(maxAge).isAfter(now);
    }

    private static Map<URI, Entry> entries(JsonNode root) throws NotACache {
        if (root == null || root.isMissingNode()) {
            throw new NotACache("it is empty");
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new NotACache("it is not a Hyde external link cache (no \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new NotACache("it has format version " + version + "; this Hyde reads version " + VERSION);
        }
        JsonNode list = root.path("entries");
        if (!list.isArray()) {
            throw new NotACache("it has no \"entries\" list");
        }
        Map<URI, Entry> entries = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Entry entry = entry(list.get(i), i + 1);
            entries.put(entry.url(), entry);
        }
        return Map.copyOf(entries);
    }

    private static Entry entry(JsonNode node, int number) throws NotACache {
        String problem = "entry " + number + " ";
        JsonNode url = node.path("url");
        JsonNode status = node.path("status");
        JsonNode checked = node.path("checked");
        if (!url.isTextual() || !status.isInt() || !checked.isTextual()) {
            throw new NotACache(problem + "lacks a text \"url\", a number \"status\" or a text \"checked\"");
        }
        try {
            return new Entry(new URI(url.textValue()), status.intValue(), Instant.parse(checked.textValue()));
        } catch (URISyntaxException e) {
            throw new NotACache(problem + "has a malformed url: " + e.getMessage());
        } catch (DateTimeParseException e) {
            throw new NotACache(problem + "has a malformed time: " + checked.textValue());
        }
    }

    private static Diagnostic.Builder ignored(Path file, int line, int column, String what) {
        return Diagnostic.warning("External link cache not used: " + what)
                .at(file.toString(), line, column)
                .hint(REWRITTEN);
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray temporary file is harmless; the warning above (if any) says what failed
        }
    }

    /** Why a well-formed JSON file is still not a cache this Hyde can use. */
    private static final class NotACache extends Exception {
        NotACache(String message) {
            super(message, null, false, false);
        }
    }
}
