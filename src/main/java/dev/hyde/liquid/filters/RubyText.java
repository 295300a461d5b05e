package dev.hyde.liquid.filters;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Ruby's {@code to_s} for the values Liquid templates see, so that text built by the filters
 * (group names, sentences, JSON dates) reads exactly as Jekyll writes it.
 */
final class RubyText {

    /** {@code Time#to_s}. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ENGLISH);

    private RubyText() {
    }

    static String toS(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            return RubyFloat.format(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal) {
            return RubyFloat.format(((BigDecimal) value).doubleValue());
        }
        if (value instanceof LocalDate) {
            return value.toString();
        }
        ZonedDateTime time = asTime(value, zone);
        if (time != null) {
            return TIME.format(time);
        }
        if (value instanceof Map || value instanceof Collection || value instanceof Object[]) {
            return inspect(value, zone);
        }
        return String.valueOf(value);
    }

    /** Ruby's {@code inspect}, which is what {@code to_s} gives for arrays and hashes. */
    static String inspect(Object value, ZoneId zone) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof CharSequence) {
            return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Object[]) {
            return inspect(Arrays.asList((Object[]) value), zone);
        }
        if (value instanceof Collection) {
            StringBuilder out = new StringBuilder("[");
            for (Iterator<?> it = ((Collection<?>) value).iterator(); it.hasNext();) {
                out.append(inspect(it.next(), zone));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append(']').toString();
        }
        if (value instanceof Map) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) value).entrySet().iterator();
                    it.hasNext();) {
                Map.Entry<?, ?> entry = it.next();
                out.append(inspect(entry.getKey(), zone)).append("=>").append(inspect(entry.getValue(), zone));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        return toS(value, zone);
    }

    /**
     * Ruby's {@code String#downcase}: full Unicode mappings but, unlike {@link String#toLowerCase},
     * without context-dependent rules such as the Greek final sigma.
     */
    static String downcase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) Character.toLowerCase(cp));
            } else {
                out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
        });
        return out.toString();
    }

    /** Date-time values that Ruby would hold as a {@code Time}; {@code null} for anything else. */
    static ZonedDateTime asTime(Object value, ZoneId zone) {
        if (value instanceof ZonedDateTime) {
            return (ZonedDateTime) value;
        }
        if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).toZonedDateTime();
        }
        if (value instanceof Instant) {
            return ((Instant) value).atZone(zone);
        }
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).atZone(zone);
        }
        if (value instanceof Date) {
            return Instant.ofEpochMilli(((Date) value).getTime()).atZone(zone);
        }
        return null;
    }
}
