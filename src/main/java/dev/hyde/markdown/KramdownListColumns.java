package dev.hyde.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content columns of the list items open at a line, nested as kramdown nests them: an
 * item line opens one at the column of its text, and a line after a blank line closes those
 * it is indented less than (a line right after text is a lazy line and closes nothing).
 */
final class KramdownListColumns {
    static final Pattern ITEM = Pattern.compile("^( *)([-*+]|[0-9]+[.)])( {1,4}|\\t)(?=\\S)");
    private final Deque<Integer> columns = new ArrayDeque<>();
    private boolean afterBlank = true;

    void see(String line) {
        if (line.isBlank()) {
            afterBlank = true;
            return;
        }
        int indent = indent(line);
        Matcher item = ITEM.matcher(line);
        if (item.find() && indent - base(indent) <= 3) {
            while (!columns.isEmpty() && columns.peek() > indent) {
                columns.pop();
            }
            columns.push(item.end());
        } else if (afterBlank) {
            while (!columns.isEmpty() && columns.peek() > indent) {
                columns.pop();
            }
        }
        afterBlank = false;
    }

    /** The line less the indentation of the list item it belongs to. */
    String relative(String line) {
        int indent = indent(line);
        return line.substring(Math.min(base(indent), indent));
    }

    private int base(int indent) {
        for (int column : columns) {
            if (column <= indent) {
                return column;
            }
        }
        return 0;
    }

    static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
