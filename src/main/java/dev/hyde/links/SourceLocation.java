package dev.hyde.links;

/** A place in a source file: 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
}
