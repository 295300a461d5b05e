package dev.hyde.liquid.filters;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/** Ruby's {@code <=>}, which answers "not comparable" (null) across unrelated types. */
final class RubyCompare {

    private RubyCompare() {
    }

    static Integer compare(Object a, Object b, ZoneId zone) {
        if (a == null || b == null) {
            return a == b ? 0 : null;
        }
        if (a instanceof Number && b instanceof Number) {
            double da = ((Number) a).doubleValue();
            double db = ((Number) b).doubleValue();
            if (!Double.isFinite(da) || !Double.isFinite(db)) {
                return Double.compare(da, db);
            }
            return decimal((Number) a).compareTo(decimal((Number) b));
        }
        if (a instanceof CharSequence && b instanceof CharSequence) {
            return compareText(a.toString(), b.toString());
        }
        if (a instanceof LocalDate && b instanceof LocalDate) {
            return ((LocalDate) a).compareTo((LocalDate) b);
        }
        ZonedDateTime timeA = RubyText.asTime(a, zone);
        ZonedDateTime timeB = RubyText.asTime(b, zone);
        if (timeA != null && timeB != null) {
            return timeA.toInstant().compareTo(timeB.toInstant());
        }
        if (a instanceof List && b instanceof List) {
            return compareLists((List<?>) a, (List<?>) b, zone);
        }
        return Objects.equals(a, b) ? 0 : null;
    }

    /** {@code a <=> b || a.to_s <=> b.to_s}, as Jekyll's sort falls back to text. */
    static int compareOrText(Object a, Object b, ZoneId zone) {
        Integer result = compare(a, b, zone);
        if (result != null) {
            return result;
        }
        return compareText(RubyText.toS(a, zone), RubyText.toS(b, zone));
    }

    /** Ruby compares strings byte by byte in UTF-8, which is code point order. */
    static int compareText(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static Integer compareLists(List<?> a, List<?> b, ZoneId zone) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Integer result = compare(a.get(i), b.get(i), zone);
            if (result == null || result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal) {
            return (BigDecimal) number;
        }
        if (number instanceof BigInteger) {
            return new BigDecimal((BigInteger) number);
        }
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
