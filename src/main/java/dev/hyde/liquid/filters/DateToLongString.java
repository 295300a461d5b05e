package dev.hyde.liquid.filters;

/** {@code date_to_long_string[: "ordinal"[, "US"]]}: {@code 27 January 2011}. */
public final class DateToLongString extends HumanDateFilter {

    public DateToLongString() {
        super("date_to_long_string", "MMMM");
    }
}
