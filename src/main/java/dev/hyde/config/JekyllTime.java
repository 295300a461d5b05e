package dev.hyde.config;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Parses the date and time forms Jekyll accepts in configuration and front matter. */
public final class JekyllTime {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm Z"),
            // Ruby's Time.parse also takes a one-digit hour: "2013-11-22 5:00:00 +0000"
            DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss Z"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm Z"),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    /**
     * Dates written out in English, which Ruby's {@code Time.parse} (and so Jekyll) reads too:
     * "July 11, 2017", "Jul 11 2017", "11 July 2017", and "2017/07/11".
     */
    private static final List<DateTimeFormatter> WRITTEN_DATES = java.util.stream.Stream.of(
                    "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy",
                    "d MMMM, yyyy", "yyyy/M/d")
            .map(pattern -> new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(pattern).toFormatter(java.util.Locale.ENGLISH))
            .toList();

    private JekyllTime() {
    }

    /** A time with zone, a date (midnight UTC), or empty when the text is neither. */
    public static Optional<ZonedDateTime> parse(String text) {
        String s = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(ZonedDateTime.parse(s, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(s.replace(' ', 'T')).atZone(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // try a plain date
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // try a date written out
        }
        for (DateTimeFormatter format : WRITTEN_DATES) {
            try {
                return Optional.of(LocalDate.parse(s, format).atStartOfDay(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
