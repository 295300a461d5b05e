package dev.hyde.output;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the write stage puts the site: a staged directory on disk for builds, memory for the
 * preview server. Paths are relative to the site root, with forward slashes. Thread-safe.
 */
public interface OutputSink {

    void write(String path, byte[] bytes);

    void copy(String path, Path source);

    void copy(String path, InputStream source);
}
