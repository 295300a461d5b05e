package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Liqp's syntax error messages into diagnostics that say what the author got wrong:
 * an unknown tag, an unknown filter, a block that is never closed.
 */
final class SyntaxErrors {
    private static final Pattern INVALID_TAG = Pattern.compile("Invalid Tag: '([^']*)'");
    private static final Pattern UNKNOWN_FILTER = Pattern.compile("no filter available named: \\|?(\\S+)");
    private static final String BLOCK_HINT = "Check that every {% tag %} is one Hyde knows and that blocks such as "
            + "{% if %} and {% for %} are closed ({% endif %}, {% endfor %}).";

    private SyntaxErrors() {
    }

    /**
     * @param message   Liqp's message
     * @param line      line of the error in {@code source} (1-based, 0 when unknown)
     * @param column    column of the error (1-based, 0 when unknown)
     * @param file      the source's project-relative file
     * @param firstLine the file line {@code source} starts on
     */
    static DiagnosticException describe(String message, int line, int column, String source, String file,
                                        int firstLine) {
        String text = String.valueOf(message);
        Matcher tag = INVALID_TAG.matcher(text);
        Matcher filter = UNKNOWN_FILTER.matcher(text);
        Optional<UnclosedBlocks.Unclosed> unclosed =
                text.contains("<EOF>") ? UnclosedBlocks.find(source) : Optional.empty();
        Diagnostic.Builder error;
        if (tag.find()) {
            error = Diagnostic.error("Unknown Liquid tag: " + tag.group(1))
                    .detail("{%% %s %%} is not a tag Hyde knows.", tag.group(1))
                    .hint("Check the spelling. Hyde knows Liquid's tags (if, for, assign, capture, ...) and "
                            + "Jekyll's include; the README lists them all.");
        } else if (filter.find()) {
            error = Diagnostic.error("Unknown Liquid filter: " + filter.group(1))
                    .detail("'%s' is not a filter Hyde knows.", filter.group(1))
                    .hint(UnknownFilterHint.TEXT);
        } else if (unclosed.isPresent()) {
            UnclosedBlocks.Unclosed block = unclosed.get();
            return Diagnostic.error("Liquid block not closed: " + block.tag())
                    .at(file, firstLine + block.line() - 1, block.column())
                    .detail("{%% %s %%} has no {%% end%s %%}.", block.tag(), block.tag())
                    .hint("Add {%% end%s %%} where the block should end.", block.tag())
                    .exception();
        } else {
            error = Diagnostic.error("Liquid syntax error").detail(LiquidMessages.clean(text)).hint(BLOCK_HINT);
        }
        return error.at(file, line > 0 ? firstLine + line - 1 : firstLine, column).exception();
    }
}
