package dev.hyde.cli;

import dev.hyde.pipeline.ProgressReport;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Map;

/** Whether Hyde talks to a person at a terminal, and the progress output that suits where it writes. */
final class Terminal {
    private Terminal() {
    }

    /**
     * A terminal, and not a CI job (whose logs keep every redraw of a live line). On Java 22 and
     * later {@link System#console()} is not null when output is redirected: {@code Console.isTerminal()}
     * says then, read reflectively since Hyde is built for Java 17.
     */
    static boolean interactive(Map<String, String> environment) {
        String ci = environment.getOrDefault("CI", "");
        if (!ci.isEmpty() && !ci.equalsIgnoreCase("false")) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 17 to 21: a console exists only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Progress on standard error: a line redrawn in place on a terminal, plain lines elsewhere. */
    static ProgressReport.Output progressOn(PrintWriter err) {
        return new ProgressReport.Output() {
            @Override
            public void line(String text) {
                err.println(text);
                err.flush();
            }

            @Override
            public void live(String text) {
                // carriage return, then erase to the end of the line: the previous text goes
                err.print("\r\033[K" + text);
                err.flush();
            }

            @Override
            public void clearLive() {
                err.print("\r\033[K");
                err.flush();
            }
        };
    }
}
