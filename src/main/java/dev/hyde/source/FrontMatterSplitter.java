package dev.hyde.source;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import dev.hyde.text.RubySpace;

import java.util.Optional;

/**
 * Splits a file into its YAML front matter and its body, as Jekyll does: the file must start with
 * a line of three dashes, and the front matter ends at the next line of three dashes (or dots);
 * blank lines right after that line are not part of the body.
 */
public final class FrontMatterSplitter {
    private FrontMatterSplitter() {
    }

    /**
     * @param yaml      the YAML text between the fences (may be empty)
     * @param yamlLine  1-based line of the file where the YAML text starts
     * @param body      everything after the closing fence
     * @param bodyLine  1-based line of the file where the body starts
     */
    public record Split(String yaml, int yamlLine, String body, int bodyLine) {
    }

    /** Empty when the text does not start with front matter: such files are copied as they are. */
    public static Optional<Split> split(String text) {
        if (!startsWithFence(text)) {
            return Optional.empty();
        }
        int yamlStart = text.indexOf('\n') + 1;
        int pos = yamlStart;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            int lineEnd = end < 0 ? text.length() : end;
            String current = stripCr(text.substring(pos, lineEnd));
            if (isClosingFence(current)) {
                String yaml = text.substring(yamlStart, pos);
                if (end < 0) {
                    return Optional.of(new Split(yaml, 2, "", line + 1));
                }
                // Jekyll ends front matter with /^(---|\.\.\.)\s*$\n?/: the greedy \s* takes the
                // blank lines after the fence too, up to the last line feed before the first
                // line with text (whose indentation stays); a body of blank lines is empty.
                int bodyStart = end + 1;
                int bodyLine = line + 1;
                int at = bodyStart;
                while (at < text.length() && RubySpace.is(text.charAt(at))) {
                    if (text.charAt(at) == '\n') {
                        bodyStart = at + 1;
                        bodyLine++;
                    }
                    at++;
                }
                String body = at == text.length() ? "" : text.substring(bodyStart);
                return Optional.of(new Split(yaml, 2, body, bodyLine));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /**
     * Splits a file known to start with a fence (a page).
     *
     * @throws DiagnosticException when the front matter is never closed
     */
    public static Split splitPage(String text, String file) {
        return split(text).orElseThrow(() -> Diagnostic.error("Front matter is not closed").at(file, 1)
                .detail("The file starts with '---' but no closing '---' line follows.")
                .hint("End the front matter with a line of three dashes.").exception());
    }

    /** True when the text opens with a front matter fence (the cheap test scanning uses). */
    public static boolean startsWithFence(String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            return false;
        }
        return stripCr(text.substring(0, end)).stripTrailing().equals("---");
    }

    private static boolean isClosingFence(String line) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || trimmed.equals("...");
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
