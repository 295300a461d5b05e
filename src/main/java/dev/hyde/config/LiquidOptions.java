package dev.hyde.config;

/**
 * How strictly Liquid is read and rendered: Jekyll's {@code liquid:} settings in
 * {@code _config.yml}.
 *
 * @param errorMode       what to do with markup Liquid's strict parser rejects but its lax parser reads
 * @param strictVariables whether a variable that is not defined is an error (else it is nil)
 * @param strictFilters   whether a filter that does not exist is an error (else the value passes through)
 */
public record LiquidOptions(ErrorMode errorMode, boolean strictVariables, boolean strictFilters) {
    /** The settings' names under {@code liquid:}, as Jekyll spells them. */
    public static final String KEY = "liquid";
    public static final String ERROR_MODE = "error_mode";
    public static final String STRICT_VARIABLES = "strict_variables";
    public static final String STRICT_FILTERS = "strict_filters";

    /** Jekyll's defaults ({@code error_mode: warn}): an old site builds as Jekyll builds it. */
    public static final LiquidOptions JEKYLL = new LiquidOptions(ErrorMode.WARN, false, false);

    /**
     * A Hyde project's defaults: lax markup stays an error, as it always was there; unknown
     * filters pass through with a warning.
     */
    public static final LiquidOptions HYDE = new LiquidOptions(ErrorMode.STRICT, false, false);

    public LiquidOptions {
        if (errorMode == null) {
            throw new IllegalArgumentException("errorMode");
        }
    }

    /** Liquid's error modes, as {@code liquid: error_mode:} names them. */
    public enum ErrorMode {
        /** Lax markup is read as Liquid's lax parser reads it, silently. */
        LAX,
        /** Lax markup is read as Liquid's lax parser reads it, with a warning at its place. */
        WARN,
        /** Lax markup is an error. */
        STRICT
    }
}
