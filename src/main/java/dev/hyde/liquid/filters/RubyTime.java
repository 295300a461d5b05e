package dev.hyde.liquid.filters;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liqp.LValue;
import liqp.TemplateContext;

/**
 * Turns filter input into a time the way Jekyll's date filters do ({@code Liquid::Utils.to_date}
 * followed by {@code localtime}): the result is always shown in the site's time zone.
 */
final class RubyTime {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String ZONE = "(z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?)";
    private static final String CLOCK = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?";
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

    /** ISO 8601 and YAML timestamps: 2011-04-24, 2011-04-24 20:34:46 +0800, 2011-04-24T20:34:46Z. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:t|\\s+)" + CLOCK + ")?\\s*" + ZONE + "?");
    /** Sun, 24 Apr 2011 12:34:46 +0000 and 24th April 2011. */
    private static final Pattern DAY_FIRST = Pattern.compile(
            WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})(?:,?\\s+" + CLOCK + ")?\\s*" + ZONE + "?");
    /** September 11, 2001 12:46:30 -0000 and Sep 11th 2001. */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})(?:,?\\s+" + CLOCK + ")?\\s*" + ZONE + "?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private RubyTime() {
    }

    /** The input as a time in the site's zone, or {@code null} when Jekyll would find no date in it. */
    static ZonedDateTime of(Object input, TemplateContext context) {
        ZoneId zone = context.getParser().defaultTimeZone;
        ZonedDateTime time = parse(input, context, zone);
        return time == null ? null : time.withZoneSameInstant(zone);
    }

    private static ZonedDateTime parse(Object input, TemplateContext context, ZoneId zone) {
        if (input instanceof LocalDate) {
            return ((LocalDate) input).atStartOfDay(zone);
        }
        ZonedDateTime time = RubyText.asTime(input, zone);
        if (time != null) {
            return time;
        }
        if (input instanceof TemporalAccessor || LValue.isTemporal(input)) {
            try {
                return LValue.asRubyDate(input, context);
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (input instanceof Integer || input instanceof Long || input instanceof BigInteger) {
            return epochSeconds(input.toString(), zone);
        }
        if (input instanceof CharSequence) {
            return parseText(input.toString().trim().toLowerCase(Locale.ROOT), context, zone);
        }
        return null;
    }

    /**
     * The build's time, {@code site.time}, read as a template reads it (so that the page is known
     * to depend on it): "now" is when the site is built, as in Jekyll, and a reproducible build
     * ({@code SOURCE_DATE_EPOCH}) gives the same "now" every time.
     */
    static java.util.Optional<ZonedDateTime> buildTime(TemplateContext context) {
        Object site = context == null ? null : context.get("site");
        if (site instanceof java.util.Map<?, ?> view && view.get("time") instanceof ZonedDateTime time) {
            return java.util.Optional.of(time);
        }
        return java.util.Optional.empty();
    }

    private static ZonedDateTime parseText(String text, TemplateContext context, ZoneId zone) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("now") || text.equals("today")) {
            return buildTime(context).orElseGet(() -> ZonedDateTime.now(zone)).withZoneSameInstant(zone);
        }
        if (DIGITS.matcher(text).matches()) {
            return epochSeconds(text, zone);
        }
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return build(m.group(1), month(m.group(2)), m.group(3), m, 4, zone);
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                return build(m.group(3), MONTHS.get(m.group(2)), m.group(1), m, 4, zone);
            }
            m = MONTH_FIRST.matcher(text);
            if (m.matches()) {
                return build(m.group(3), MONTHS.get(m.group(1)), m.group(2), m, 4, zone);
            }
            // Ruby's parser is heuristic; Liqp's own patterns cover further shapes.
            return context.getDateParser().parse(text, Locale.ENGLISH, zone);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static ZonedDateTime epochSeconds(String digits, ZoneId zone) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(digits)).atZone(zone);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static int month(String digits) {
        return Integer.parseInt(digits);
    }

    /** Groups from {@code clock} on: hour, minute, second, fraction, zone. */
    private static ZonedDateTime build(String year, int month, String day, Matcher m, int clock, ZoneId zone) {
        int hour = number(m.group(clock));
        int minute = number(m.group(clock + 1));
        int second = number(m.group(clock + 2));
        String fraction = m.group(clock + 3);
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(year), month, Integer.parseInt(day),
                hour, minute, second, nanos);
        String offset = m.group(clock + 4);
        return offset == null ? local.atZone(zone) : local.atZone(offset(offset));
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static ZoneId offset(String text) {
        if (text.equals("z") || text.equals("utc") || text.equals("gmt")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
