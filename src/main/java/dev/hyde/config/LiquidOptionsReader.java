package dev.hyde.config;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads Jekyll's {@code liquid:} settings over the defaults, reporting values Jekyll would not take. */
final class LiquidOptionsReader {
    private static final Set<String> KEYS = Set.of(LiquidOptions.ERROR_MODE, LiquidOptions.STRICT_VARIABLES,
            LiquidOptions.STRICT_FILTERS);
    private static final String EXAMPLE = "liquid:\n  error_mode: warn\n  strict_variables: false\n"
            + "  strict_filters: false";

    private LiquidOptionsReader() {
    }

    /**
     * @param value the setting as parsed, null when absent
     * @param file  the configuration file that sets it, and its text, to point at a bad value
     */
    static LiquidOptions read(Object value, String file, String text, LiquidOptions defaults, Diagnostics diagnostics) {
        if (value == null) {
            return defaults;
        }
        if (!(value instanceof Map<?, ?> map)) {
            KeyLocation at = KeyLocation.find(file, text, LiquidOptions.KEY);
            diagnostics.add(Diagnostic.warning("'liquid' is not a map of settings").at(file, at.line(), at.column())
                    .detail("Found '%s'; the defaults are used.", value).hint("Write it as:\n%s", EXAMPLE).build());
            return defaults;
        }
        map.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).forEach(k -> {
            KeyLocation at = KeyLocation.findNested(file, text, LiquidOptions.KEY, k);
            diagnostics.add(Diagnostic.warning("Unknown setting 'liquid." + k + "'").at(file, at.line(), at.column())
                    .detail("The Liquid settings are %s, %s and %s; this one is ignored.", LiquidOptions.ERROR_MODE,
                            LiquidOptions.STRICT_VARIABLES, LiquidOptions.STRICT_FILTERS)
                    .hint("Check the spelling of the setting.").build());
        });
        return new LiquidOptions(errorMode(map.get(LiquidOptions.ERROR_MODE), defaults.errorMode(), file, text,
                diagnostics),
                flag(map, LiquidOptions.STRICT_VARIABLES, defaults.strictVariables(), file, text, diagnostics),
                flag(map, LiquidOptions.STRICT_FILTERS, defaults.strictFilters(), file, text, diagnostics));
    }

    private static LiquidOptions.ErrorMode errorMode(Object value, LiquidOptions.ErrorMode fallback, String file,
                                                     String text, Diagnostics diagnostics) {
        if (value == null) {
            return fallback;
        }
        String name = String.valueOf(value).strip().toUpperCase(Locale.ROOT);
        for (LiquidOptions.ErrorMode mode : LiquidOptions.ErrorMode.values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        KeyLocation at = KeyLocation.findNested(file, text, LiquidOptions.KEY, LiquidOptions.ERROR_MODE);
        // Jekyll does not refuse it either: a warning, and the default reading.
        diagnostics.add(Diagnostic.warning("'liquid.error_mode' is not an error mode").at(file, at.line(), at.column())
                .detail("Found '%s'; Liquid's error modes are lax, warn and strict. %s is used.", value,
                        fallback.name().toLowerCase(Locale.ROOT))
                .hint("Write e.g. 'error_mode: warn' (Jekyll's default).").build());
        return fallback;
    }

    private static boolean flag(Map<?, ?> map, String key, boolean fallback, String file, String text,
                                Diagnostics diagnostics) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        KeyLocation at = KeyLocation.findNested(file, text, LiquidOptions.KEY, key);
        diagnostics.add(Diagnostic.warning("'liquid." + key + "' is not true or false").at(file, at.line(), at.column())
                .detail("Found '%s'; %s is used.", value, fallback).hint("Write '%s: true' or '%s: false'.", key, key)
                .build());
        return fallback;
    }
}
