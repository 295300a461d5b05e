package dev.hyde.liquid.filters;

/** {@code date_to_string[: "ordinal"[, "US"]]}: {@code 27 Jan 2011}. */
public final class DateToString extends HumanDateFilter {

    public DateToString() {
        super("date_to_string", "MMM");
    }
}
