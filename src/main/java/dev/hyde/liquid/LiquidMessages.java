package dev.hyde.liquid;

import liqp.exceptions.LiquidException;

/** Turns Liqp's exception texts into one readable sentence for a diagnostic. */
final class LiquidMessages {
    private LiquidMessages() {
    }

    /** Liqp's syntax messages repeat the source line and a caret; the diagnostic shows the location already. */
    static String syntax(LiquidException e) {
        String message = String.valueOf(e.getMessage()).strip();
        String[] lines = message.split("\\R");
        String last = lines[lines.length - 1].strip();
        if (last.startsWith("matched") || last.startsWith("could not") || last.startsWith("failed")) {
            return last;
        }
        return lines[0].replaceFirst(" on line \\d+, index \\d+$", "");
    }

    /** The innermost message of a cause chain, which names the actual problem. */
    static String cause(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message.strip();
    }
}
