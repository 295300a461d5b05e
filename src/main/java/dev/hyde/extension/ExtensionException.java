package dev.hyde.extension;

/** Thrown by an extension for input it cannot use: Hyde reports the message where the tag or filter was used. */
public class ExtensionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExtensionException(String message) {
        super(message);
    }
}
