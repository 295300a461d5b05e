package dev.hyde.text;

/**
 * Ruby's whitespace, which Jekyll's patterns ({@code \s}) and {@code String#split(" ")} mean:
 * space, tab, line feed, vertical tab, form feed and carriage return, nothing beyond ASCII.
 */
public final class RubySpace {
    private RubySpace() {
    }

    public static boolean is(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
