package dev.hyde.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A site held in memory: what the preview server serves. Nothing is written to disk. */
public final class MemoryOutput implements OutputSink {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    @Override
    public void copy(String path, Path source) {
        try {
            files.put(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String path, InputStream source) {
        try (source) {
            files.put(path, source.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String path) {
        files.remove(path);
    }

    public Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Every file's path, as of now. */
    public java.util.Set<String> paths() {
        return java.util.Set.copyOf(files.keySet());
    }

    /** A sorted copy of every file, for comparing two sites. */
    public Map<String, byte[]> snapshot() {
        return new TreeMap<>(files);
    }
}
