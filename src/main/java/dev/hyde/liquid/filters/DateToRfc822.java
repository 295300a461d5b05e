package dev.hyde.liquid.filters;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code date_to_rfc822}: {@code Sun, 24 Apr 2011 12:34:46 +0000}, as used by RSS feeds. */
public final class DateToRfc822 extends DateFilter {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);

    public DateToRfc822() {
        super("date_to_rfc822");
    }

    @Override
    String format(ZonedDateTime time, Object... params) {
        return FORMAT.format(time);
    }
}
