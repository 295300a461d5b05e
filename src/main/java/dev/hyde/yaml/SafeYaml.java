package dev.hyde.yaml;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.constructor.ConstructorException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads YAML the way Jekyll does (YAML 1.1 types: dates, yes/no booleans) but never builds
 * arbitrary Java objects: a global tag such as {@code !!javax.script.ScriptEngineManager} is
 * refused, because YAML in a docs repository comes from many hands.
 */
public final class SafeYaml {
    /**
     * The most values (maps, lists and scalars) one document may stand for once its aliases are
     * expanded. Far above any real configuration or data file, far below what fills the heap:
     * nine levels of nine aliases ("billion laughs") stand for 387 million.
     */
    public static final long MAX_EXPANDED_VALUES = 1_000_000;
    /** How deep maps and lists may nest in one document. */
    public static final int MAX_NESTING = 100;
    private static final String SYNTAX_HINT =
            "Check the indentation, and quote values that contain ': ' or start with a special character.";
    /** YAML 1.1's implicit types; only read once made, so one serves every thread. */
    private static final Resolver RESOLVER = new Resolver();

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
        return load(text, file, firstLine, warning -> {
        });
    }

    /**
     * Parses one YAML document, reporting keys given twice in one map. As in Jekyll, the last
     * value of a duplicate key wins.
     *
     * @param warnings receives one warning per duplicated key of a map, at the line of its first repeat
     */
    public static Object load(String text, String file, int firstLine, Consumer<Diagnostic> warnings) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(100);
        options.setNestingDepthLimit(MAX_NESTING);
        Builder builder = new Builder(options);
        builder.setAllowDuplicateKeys(options.isAllowDuplicateKeys());
        builder.setWrappedToRootException(options.isWrappedToRootException());
        try {
            // what Yaml.compose does, without making a Yaml (its resolver, representer and dumper
            // options) for each document: that was half the time of reading a page's front matter
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER,
                    options).getSingleNode();
            if (root == null) {
                return null;
            }
            new NodeCheck(file, firstLine, warnings).check(root);
            return builder.build(root);
        } catch (ComposerException | ConstructorException e) {
            if (!isRefusedTag(e)) {
                throw toDiagnostic(e, file, firstLine, "Malformed " + language(file), hintFor(file));
            }
            throw toDiagnostic(e, file, firstLine, "YAML tag is not allowed",
                    "Remove the '!!' tag: Hyde reads plain YAML values only (strings, numbers, "
                            + "booleans, dates, lists and maps).");
        } catch (MarkedYAMLException e) {
            throw toDiagnostic(e, file, firstLine, "Malformed " + language(file), hintFor(file));
        } catch (YAMLException e) {
            if (String.valueOf(e.getMessage()).startsWith("Nesting Depth exceeded")) {
                throw tooDeep(text, file, firstLine);
            }
            throw Diagnostic.error("Malformed " + language(file)).at(file, firstLine)
                    .detail(e.getMessage()).hint("Check the %s syntax.", language(file)).exception();
        }
    }

    /**
     * JSON data files are read as YAML (JSON is a subset of it); their problems are named for
     * what the author wrote.
     */
    private static String language(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
    }

    private static String hintFor(String file) {
        return language(file).equals("JSON")
                ? "Check the brackets, braces, commas and quotes near that place."
                : SYNTAX_HINT;
    }

    /**
     * SnakeYAML's nesting limit says no position; the events, read without building anything,
     * show where the nesting passes it.
     */
    private static DiagnosticException tooDeep(String text, String file, int firstLine) {
        Mark deepest = null;
        int depth = 0;
        try {
            for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent) {
                    depth++;
                    if (depth > MAX_NESTING) {
                        deepest = event.getStartMark();
                        break;
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // The parser may stop at the same depth; the last collection seen is the place.
        }
        Diagnostic.Builder error = Diagnostic.error(language(file) + " nested too deeply")
                .detail("Maps and lists nest more than %d levels deep.", MAX_NESTING)
                .hint("Flatten the structure: Hyde reads at most %d levels of nesting.", MAX_NESTING);
        return (deepest == null ? error.at(file, firstLine)
                : error.at(file, firstLine + deepest.getLine(), deepest.getColumn() + 1)).exception();
    }

    /** Builds values from a node tree that {@link NodeCheck} has checked. */
    private static final class Builder extends SafeConstructor {
        Builder(LoaderOptions options) {
            super(options);
        }

        Object build(Node root) {
            return constructDocument(root);
        }
    }

    /**
     * Bounds a composed document before any value is built: aliases may make a small file stand
     * for a huge tree, and building (then copying) it would fill the heap. Also drops all but the
     * last value of a duplicate key, with a warning, so the constructor never meets one.
     */
    private static final class NodeCheck {
        private final String file;
        private final int firstLine;
        private final Consumer<Diagnostic> warnings;
        private final Map<Node, Long> sizes = new IdentityHashMap<>();

        NodeCheck(String file, int firstLine, Consumer<Diagnostic> warnings) {
            this.file = file;
            this.firstLine = firstLine;
            this.warnings = warnings;
        }

        void check(Node root) {
            size(root);
        }

        /** Values {@code node} stands for, aliases expanded; each shared node is counted once per use. */
        private long size(Node node) {
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            sizes.put(node, 1L); // a recursive alias is refused by the composer; this stops a loop regardless
            long size = 1;
            if (node instanceof MappingNode map) {
                dropDuplicateKeys(map);
                for (NodeTuple tuple : map.getValue()) {
                    size += size(tuple.getKeyNode()) + size(tuple.getValueNode());
                }
            } else if (node instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    size += size(item);
                }
            } else if (node instanceof ScalarNode scalar && Tag.FLOAT.equals(scalar.getTag())) {
                checkFinite(scalar);
            }
            if (size > MAX_EXPANDED_VALUES) {
                Mark mark = node.getStartMark();
                throw Diagnostic.error("YAML aliases expand too far")
                        .at(file, firstLine + mark.getLine(), mark.getColumn() + 1)
                        .detail("This value stands for more than %,d values once its aliases (*name) are expanded.",
                                MAX_EXPANDED_VALUES)
                        .hint("Use fewer aliases, or write the values out: Hyde stops at %,d values per file "
                                + "so that a small file cannot fill the memory.", MAX_EXPANDED_VALUES)
                        .exception();
            }
            sizes.put(node, size);
            return size;
        }

        /**
         * {@code 1e999999999} is a float too large for any number type: SnakeYAML would make it
         * Infinity, which no author means. {@code .inf} is written on purpose and stays.
         */
        private void checkFinite(ScalarNode scalar) {
            String value = scalar.getValue().replace("_", "");
            if (value.contains(":") || value.toLowerCase(java.util.Locale.ROOT).contains("inf")
                    || value.toLowerCase(java.util.Locale.ROOT).contains("nan")) {
                return;
            }
            double parsed;
            try {
                parsed = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return; // the constructor reports what it cannot read
            }
            if (Double.isInfinite(parsed)) {
                Mark mark = scalar.getStartMark();
                throw Diagnostic.error("Number too large: " + shortened(scalar.getValue()))
                        .at(file, firstLine + mark.getLine(), mark.getColumn() + 1)
                        .detail("%s is beyond the largest number Hyde can hold (about 1.8e308).",
                                shortened(scalar.getValue()))
                        .hint("Quote it to keep it as text ('%s'), or write a smaller number; "
                                + "write .inf for infinity.", shortened(scalar.getValue()))
                        .exception();
            }
        }

        private static String shortened(String value) {
            return value.length() <= 40 ? value : value.substring(0, 39) + "…";
        }

        private void dropDuplicateKeys(MappingNode map) {
            Map<String, Integer> lastIndex = new LinkedHashMap<>();
            List<NodeTuple> tuples = map.getValue();
            boolean duplicates = false;
            Set<String> reported = new HashSet<>();
            for (int i = 0; i < tuples.size(); i++) {
                if (tuples.get(i).getKeyNode() instanceof ScalarNode key && !"<<".equals(key.getValue())) {
                    Integer earlier = lastIndex.put(key.getValue(), i);
                    if (earlier != null) {
                        duplicates = true;
                        if (!reported.add(key.getValue())) {
                            continue;
                        }
                        Mark mark = key.getStartMark();
                        warnings.accept(Diagnostic.warning("Duplicate YAML key: " + key.getValue())
                                .at(file, firstLine + mark.getLine(), mark.getColumn() + 1)
                                .detail("'%s' is already set at line %d; the value here replaces it.", key.getValue(),
                                        firstLine + tuples.get(earlier).getKeyNode().getStartMark().getLine())
                                .hint("Remove one of the two, or rename one if both are meant.")
                                .build());
                    }
                }
            }
            if (!duplicates) {
                return;
            }
            List<NodeTuple> kept = new ArrayList<>();
            for (int i = 0; i < tuples.size(); i++) {
                if (!(tuples.get(i).getKeyNode() instanceof ScalarNode key) || "<<".equals(key.getValue())
                        || lastIndex.get(key.getValue()) == i) {
                    kept.add(tuples.get(i));
                }
            }
            map.setValue(kept);
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
