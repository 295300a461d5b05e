package dev.hyde.yaml;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.constructor.ConstructorException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML the way Jekyll does (YAML 1.1 types: dates, yes/no booleans) but never builds
 * arbitrary Java objects: a global tag such as {@code !!javax.script.ScriptEngineManager} is
 * refused, because YAML in a docs repository comes from many hands.
 */
public final class SafeYaml {
    private static final String SYNTAX_HINT =
            "Check the indentation, and quote values that contain ': ' or start with a special character.";
    private SafeYaml() {
    }

    /**
     * Parses one YAML document.
     *
     * @param text      the YAML text
     * @param file      project-relative file name, for diagnostics
     * @param firstLine the file line on which {@code text} starts, so errors point into the file
     * @return maps, lists, strings, numbers, booleans, dates, or null for an empty document
     */
    public static Object load(String text, String file, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(100);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            return yaml.load(text);
        } catch (ComposerException | ConstructorException e) {
            if (!isRefusedTag(e)) {
                throw toDiagnostic(e, file, firstLine, "Malformed YAML", SYNTAX_HINT);
            }
            throw toDiagnostic(e, file, firstLine, "YAML tag is not allowed",
                    "Remove the '!!' tag: Hyde reads plain YAML values only (strings, numbers, "
                            + "booleans, dates, lists and maps).");
        } catch (MarkedYAMLException e) {
            throw toDiagnostic(e, file, firstLine, "Malformed YAML", SYNTAX_HINT);
        } catch (YAMLException e) {
            throw Diagnostic.error("Malformed YAML").at(file, firstLine)
                    .detail(e.getMessage()).hint("Check the YAML syntax.").exception();
        }
    }

    /**
     * Global tags are refused while composing (SnakeYAML's default tag inspector); local ones
     * that SafeConstructor cannot build fail while constructing. Both mean "a type was asked for".
     */
    private static boolean isRefusedTag(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        return problem.startsWith("Global tag is not allowed") || problem.startsWith("could not determine a constructor");
    }

    private static DiagnosticException toDiagnostic(MarkedYAMLException e, String file, int firstLine,
                                                    String title, String hint) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? firstLine : firstLine + mark.getLine();
        int column = mark == null ? 0 : mark.getColumn() + 1;
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        if (e.getContext() != null) {
            problem = e.getContext() + ": " + problem;
        }
        return Diagnostic.error(title).at(file, line, column).detail(problem).hint(hint).exception();
    }
}
