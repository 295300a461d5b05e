package dev.hyde.config;

/**
 * How much work Liquid may do for one page, its includes counted with it. A page that goes over
 * one limit fails with a diagnostic instead of running forever or exhausting memory.
 *
 * @param maxIterations   loop iterations ({@code for}, {@code tablerow}) summed over the page
 * @param maxOutputChars  characters of any rendered block, captured or assigned string
 * @param maxRenderMillis wall-clock time to render the page's Liquid
 * @param configFile      the configuration file where raising a limit takes effect, for hints: the
 *                        last one that sets {@code liquid_limits}, or else the last one read
 */
public record LiquidLimits(int maxIterations, int maxOutputChars, long maxRenderMillis, String configFile) {
    /** The settings' names under {@code liquid_limits:} in the configuration. */
    public static final String KEY = "liquid_limits";
    public static final String ITERATIONS = "max_iterations";
    public static final String OUTPUT = "max_output_chars";
    public static final String TIME = "max_render_millis";

    public LiquidLimits {
        if (maxIterations <= 0 || maxOutputChars <= 0 || maxRenderMillis <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        configFile = configFile == null || configFile.isEmpty() ? "_config.yml" : configFile;
    }

    /** The same limits, raised in {@code file}. */
    public LiquidLimits in(String file) {
        return new LiquidLimits(maxIterations, maxOutputChars, maxRenderMillis, file);
    }

    /** The setting that raises a limit, as written in the configuration file. */
    public static String setting(String name) {
        return KEY + "." + name;
    }
}
