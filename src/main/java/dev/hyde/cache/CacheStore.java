package dev.hyde.cache;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes the {@link CacheRecord} of a project, as JSON in {@code .hyde/cache/build.json}. */
final class CacheStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    /** What reading found: a record, nothing yet, or a file that cannot be used and why. */
    record Read(Optional<CacheRecord> record, Optional<String> unusable) {
    }

    private final Path file;

    CacheStore(Path cacheFolder) {
        this.file = cacheFolder.resolve("build.json");
    }

    Path file() {
        return file;
    }

    /** The file of the pages' records, beside the record. */
    Path pagesFile() {
        return file.resolveSibling("pages.bin");
    }

    /** The file of the search index's state, beside the record. */
    Path searchFile() {
        return file.resolveSibling("search.bin");
    }

    /** The file of what the link check found, beside the record. */
    Path linksFile() {
        return file.resolveSibling("links.bin");
    }

    /** The file of what the scan read from the pages' files, beside the record. */
    Path scanFile() {
        return file.resolveSibling("scan.bin");
    }

    Read read() {
        if (!Files.exists(file)) {
            return new Read(Optional.empty(), Optional.empty());
        }
        try {
            com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                return new Read(Optional.empty(), Optional.of("it is damaged (not a JSON object)"));
            }
            if (tree.path("format").asInt(-1) != CacheRecord.FORMAT) {
                return new Read(Optional.empty(), Optional.of("it was written by another version of Hyde"));
            }
            CacheRecord record = JSON.treeToValue(tree, CacheRecord.class);
            if (record.fingerprint() == null || record.outputs() == null || record.diagnostics() == null
                    || record.global() == null || record.inputs() == null || record.pageLists() == null
                    || record.staticFiles() == null || record.renderWarnings() == null || record.recordsId() == null
                    || record.documents() == null) {
                return new Read(Optional.empty(), Optional.of("it is incomplete"));
            }
            return new Read(Optional.of(record), Optional.empty());
        } catch (JacksonException | RuntimeException e) {
            return new Read(Optional.empty(), Optional.of("it is damaged (" + firstLine(e.getMessage()) + ")"));
        } catch (IOException e) {
            return new Read(Optional.empty(), Optional.of("it cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** Writes the record whole or not at all: a build killed half way leaves the old file or none. */
    void write(CacheRecord record) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "build", ".json.part");
        try {
            JSON.writeValue(partial.toFile(), record);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(pagesFile());
        Files.deleteIfExists(searchFile());
        Files.deleteIfExists(linksFile());
        Files.deleteIfExists(scanFile());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
