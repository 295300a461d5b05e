package dev.hyde.liquid.filters;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date filter with one fixed format, as Jekyll's {@code date_to_xmlschema} and {@code date_to_rfc822}. */
public final class FixedDateFormat extends DateFilter {

    private final DateTimeFormatter format;

    private FixedDateFormat(String name, String pattern) {
        super(name);
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** {@code date_to_xmlschema}: {@code 2011-04-24T20:34:46+08:00}. */
    public static FixedDateFormat xmlSchema() {
        return new FixedDateFormat("date_to_xmlschema", "uuuu-MM-dd'T'HH:mm:ssxxx");
    }

    /** {@code date_to_rfc822}: {@code Sun, 24 Apr 2011 12:34:46 +0000}, as used by RSS feeds. */
    public static FixedDateFormat rfc822() {
        return new FixedDateFormat("date_to_rfc822", "EEE, dd MMM uuuu HH:mm:ss xx");
    }

    @Override
    String format(ZonedDateTime time, Object... params) {
        return format.format(time);
    }
}
