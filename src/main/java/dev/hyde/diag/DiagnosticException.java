package dev.hyde.diag;

/**
 * Carries a user-facing {@link Diagnostic} out of a deep call (a template callback, a parser).
 * The build catches it at the page boundary and records the diagnostic; it never reaches the user
 * as a stack trace.
 */
public final class DiagnosticException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public DiagnosticException(Diagnostic diagnostic) {
        super(diagnostic.title(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
