package dev.hyde.liquid;

import dev.hyde.diag.Diagnostic;
import liqp.TemplateContext;
import liqp.nodes.LookupNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A variable lookup under {@code liquid: strict_variables}: a name that is not defined is an
 * error at its place, as Liquid's {@code UndefinedVariable} ("undefined variable nope"). As in
 * Liquid, a key that is there with a nil value is not an error, nor are {@code size},
 * {@code first} and {@code last} on lists and maps.
 */
final class StrictLookup extends LookupNode {
    private static final Set<String> COMMANDS = Set.of("size", "first", "last");

    private final List<String> path;
    private final String file;
    private final int line;
    private final int column;

    /** @param path the root name and the {@code .key} steps after it, up to the first {@code [index]} */
    StrictLookup(List<String> path, String file, int line, int column) {
        super(path.get(0));
        this.path = List.copyOf(path);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    @Override
    public Object render(TemplateContext context) {
        Object value = super.render(context);
        if (value == null) {
            check(context);
        }
        return value;
    }

    private void check(TemplateContext context) {
        String root = path.get(0);
        if (!context.containsKey(root) && !context.getEnvironmentMap().containsKey(root)) {
            throw undefined(root);
        }
        Object value = context.containsKey(root) ? context.get(root) : context.getEnvironmentMap().get(root);
        for (String key : path.subList(1, path.size())) {
            if (value instanceof Map<?, ?> map && map.containsKey(key)) {
                value = map.get(key);
            } else if (value == null || value instanceof Map<?, ?> && !COMMANDS.contains(key)) {
                throw undefined(key);
            } else {
                return; // a list or another object: Liquid asks it, and so does Liqp
            }
        }
    }

    private RuntimeException undefined(String name) {
        return Diagnostic.error("Undefined Liquid variable: " + name).at(file, line, column)
                .detail("%s is not defined; with liquid: strict_variables an undefined variable is an error, "
                        + "as in Jekyll.", String.join(".", path))
                .hint("Check the spelling, or give it a value (front matter, _config.yml, _data); "
                        + "{%% if %s %%} does not help, as Jekyll checks there too.", String.join(".", path))
                .exception();
    }
}
