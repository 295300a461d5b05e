package dev.hyde.liquid.filters;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code date_to_xmlschema}: {@code 2011-04-24T20:34:46+08:00}. */
public final class DateToXmlSchema extends DateFilter {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ENGLISH);

    public DateToXmlSchema() {
        super("date_to_xmlschema");
    }

    @Override
    String format(ZonedDateTime time, Object... params) {
        return FORMAT.format(time);
    }
}
