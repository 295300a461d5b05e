package dev.hyde.liquid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Liqp's exception texts: the position they mention, and the sentence that matters. */
final class LiquidMessages {
    private static final Pattern POSITION = Pattern.compile("on line (\\d+), index (\\d+)");

    private LiquidMessages() {
    }

    /** {line, column} (1-based) named in a message like "... on line 2, index 7 ..."; zeros when none. */
    static int[] position(String message) {
        Matcher m = POSITION.matcher(String.valueOf(message));
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1} : new int[] {0, 0};
    }

    /** Liqp's messages repeat the source line, a caret and the position; the diagnostic shows those already. */
    static String clean(String message) {
        String[] lines = String.valueOf(message).strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (last.startsWith("matched") || last.startsWith("could not") || last.startsWith("failed")) {
            return last;
        }
        return POSITION.matcher(lines[0]).replaceAll("").replace("  ", " ").replaceAll("[ ,]+$", "").strip();
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
