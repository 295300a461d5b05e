package dev.hyde.liquid;

import dev.hyde.config.LiquidLimits;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

/**
 * A page went over one of its {@link LiquidLimits}. Thrown where the limit is noticed, then given
 * the file and line of the innermost tag it passes through, which is the tag responsible.
 */
final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final String setting;
    private final String file;
    private final int line;

    LimitExceeded(String title, String detail, String setting) {
        this(title, detail, setting, null, 0);
    }

    private LimitExceeded(String title, String detail, String setting, String file, int line) {
        super(title, null, false, false);
        this.detail = detail;
        this.setting = setting;
        this.file = file;
        this.line = line;
    }

    static LimitExceeded iterations(int limit) {
        return new LimitExceeded("Too many loop iterations",
                String.format("The page's loops ran more than %,d iterations in all (includes count with the page).", limit),
                LiquidLimits.ITERATIONS);
    }

    boolean located() {
        return file != null;
    }

    /** This problem at the tag that was rendering when it was noticed; the innermost tag wins. */
    LimitExceeded at(String tagFile, int tagLine) {
        return located() ? this : new LimitExceeded(getMessage(), detail, setting, tagFile, tagLine);
    }

    /** The diagnostic, at the responsible tag, or at {@code fallbackFile}'s first line when no tag was found. */
    DiagnosticException diagnostic(String fallbackFile, int fallbackLine, String configFile) {
        return Diagnostic.error(getMessage())
                .at(located() ? file : fallbackFile, located() ? line : fallbackLine)
                .detail(detail)
                .hint("Look for a loop that does not end or a string that keeps growing. If the page really needs "
                        + "more, raise '%s' in %s.", LiquidLimits.setting(setting), configFile)
                .exception();
    }

    /** The limit problem somewhere in {@code e}'s cause chain (Liqp wraps what tags throw), if any. */
    static LimitExceeded findIn(Throwable e, int iterationLimit) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LimitExceeded limit) {
                return limit;
            }
            if (t instanceof liqp.exceptions.ExceededMaxIterationsException) {
                return iterations(iterationLimit);
            }
        }
        return null;
    }
}
