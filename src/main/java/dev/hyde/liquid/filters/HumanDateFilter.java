package dev.hyde.liquid.filters;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code date_to_string} and {@code date_to_long_string}: {@code 27 Jan 2011}; with
 * {@code "ordinal"} {@code 27th Jan 2011}, and with {@code "ordinal", "US"} {@code Jan 27th, 2011}.
 */
abstract class HumanDateFilter extends DateFilter {

    private final DateTimeFormatter month;
    private final DateTimeFormatter dayMonthYear;

    HumanDateFilter(String name, String monthPattern) {
        super(name);
        this.month = DateTimeFormatter.ofPattern(monthPattern, Locale.ENGLISH);
        this.dayMonthYear = DateTimeFormatter.ofPattern("dd " + monthPattern + " uuuu", Locale.ENGLISH);
    }

    @Override
    final String format(ZonedDateTime time, Object... params) {
        Object type = params.length > 0 ? params[0] : null;
        Object style = params.length > 1 ? params[1] : null;
        if (!"ordinal".equals(type)) {
            return dayMonthYear.format(time);
        }
        int day = time.getDayOfMonth();
        String ordinalDay = day + suffix(day);
        String year = String.format(Locale.ROOT, "%04d", time.getYear());
        if ("US".equals(style)) {
            return month.format(time) + " " + ordinalDay + ", " + year;
        }
        return ordinalDay + " " + month.format(time) + " " + year;
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        switch (day % 10) {
            case 1:
                return "st";
            case 2:
                return "nd";
            case 3:
                return "rd";
            default:
                return "th";
        }
    }
}
