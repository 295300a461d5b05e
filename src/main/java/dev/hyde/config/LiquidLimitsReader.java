package dev.hyde.config;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.Diagnostics;

import java.util.Map;
import java.util.Set;

/** Reads {@code liquid_limits:} over the defaults, reporting values that are not positive whole numbers. */
final class LiquidLimitsReader {
    private static final Set<String> KEYS = Set.of(LiquidLimits.ITERATIONS, LiquidLimits.OUTPUT, LiquidLimits.TIME);
    private static final String EXAMPLE = "liquid_limits:\n  max_iterations: 5000000\n  max_output_chars: 104857600\n"
            + "  max_render_millis: 60000";

    private LiquidLimitsReader() {
    }

    /**
     * @param value the setting as parsed, null when absent
     * @param file  the configuration file that sets it, and its text, to point at a bad value
     */
    static LiquidLimits read(Object value, String file, String text, LiquidLimits defaults, Diagnostics diagnostics) {
        if (value == null) {
            return defaults;
        }
        if (!(value instanceof Map<?, ?> map)) {
            KeyLocation at = KeyLocation.find(file, text, LiquidLimits.KEY);
            diagnostics.add(Diagnostic.error("'liquid_limits' is not a map of settings").at(file, at.line(), at.column())
                    .detail("Found '%s'.", value).hint("Write it as:\n%s", EXAMPLE).build());
            return defaults;
        }
        map.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).forEach(k -> {
            KeyLocation at = KeyLocation.findNested(file, text, LiquidLimits.KEY, k);
            diagnostics.add(Diagnostic.error("Unknown setting 'liquid_limits." + k + "'").at(file, at.line(), at.column())
                    .detail("The Liquid limits are %s, %s and %s.", LiquidLimits.ITERATIONS, LiquidLimits.OUTPUT,
                            LiquidLimits.TIME)
                    .hint("Check the spelling of the setting.").build());
        });
        return new LiquidLimits(
                (int) number(map, LiquidLimits.ITERATIONS, defaults.maxIterations(), Integer.MAX_VALUE, file, text, diagnostics),
                (int) number(map, LiquidLimits.OUTPUT, defaults.maxOutputChars(), Integer.MAX_VALUE - 8, file, text, diagnostics),
                number(map, LiquidLimits.TIME, defaults.maxRenderMillis(), Long.MAX_VALUE / 1_000_000L, file, text, diagnostics),
                file);
    }

    private static long number(Map<?, ?> map, String key, long fallback, long max, String file, String text,
                               Diagnostics diagnostics) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() > 0
                && ((Number) value).longValue() <= max) {
            return ((Number) value).longValue();
        }
        KeyLocation at = KeyLocation.findNested(file, text, LiquidLimits.KEY, key);
        diagnostics.add(Diagnostic.error("'liquid_limits." + key + "' is not a valid limit").at(file, at.line(), at.column())
                .detail("Found '%s'; it must be a whole number from 1 to %,d.", value, max)
                .hint("Write a plain number without units or quotes, e.g. '%s: %d'.", key, fallback).build());
        return fallback;
    }
}
