package dev.hyde.liquid.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

class DateFiltersTest {

    private static final ZonedDateTime SAMPLE_TIME = ZonedDateTime.of(2013, 3, 27, 11, 22, 33, 0, ZoneOffset.UTC);
    private static final LocalDate SAMPLE_DATE = LocalDate.of(2013, 3, 2);
    private static final String TIME_AS_STRING = "September 11, 2001 12:46:30 -0000";
    private static final long TIME_AS_NUMBER = 1_399_680_607L;

    private final Templates templates = Templates.utc();

    private String render(String filter, Object date) {
        return templates.render("{{ date | " + filter + " }}", "date", date);
    }

    @Test
    void timeValues() {
        assertEquals("27 Mar 2013", render("date_to_string", SAMPLE_TIME));
        assertEquals("27 March 2013", render("date_to_long_string", SAMPLE_TIME));
        assertEquals("Mar 27th, 2013", render("date_to_string: 'ordinal', 'US'", SAMPLE_TIME));
        assertEquals("27th March 2013", render("date_to_long_string: 'ordinal'", SAMPLE_TIME));
        assertEquals("2013-03-27T11:22:33+00:00", render("date_to_xmlschema", SAMPLE_TIME));
        assertEquals("Wed, 27 Mar 2013 11:22:33 +0000", render("date_to_rfc822", SAMPLE_TIME));
    }

    @Test
    void dateValuesAreMidnight() {
        assertEquals("02 Mar 2013", render("date_to_string", SAMPLE_DATE));
        assertEquals("02 March 2013", render("date_to_long_string", SAMPLE_DATE));
        assertEquals("2nd Mar 2013", render("date_to_string: 'ordinal'", SAMPLE_DATE));
        assertEquals("March 2nd, 2013", render("date_to_long_string: 'ordinal', 'US'", SAMPLE_DATE));
        assertEquals("2013-03-02T00:00:00+00:00", render("date_to_xmlschema", SAMPLE_DATE));
        assertEquals("Sat, 02 Mar 2013 00:00:00 +0000", render("date_to_rfc822", SAMPLE_DATE));
    }

    @Test
    void stringValuesAreParsed() {
        assertEquals("11 Sep 2001", render("date_to_string", TIME_AS_STRING));
        assertEquals("11 September 2001", render("date_to_long_string", TIME_AS_STRING));
        assertEquals("Sep 11th, 2001", render("date_to_string: 'ordinal', 'US'", TIME_AS_STRING));
        assertEquals("11th September 2001", render("date_to_long_string: 'ordinal', 'UK'", TIME_AS_STRING));
        assertEquals("2001-09-11T12:46:30+00:00", render("date_to_xmlschema", TIME_AS_STRING));
        assertEquals("Tue, 11 Sep 2001 12:46:30 +0000", render("date_to_rfc822", TIME_AS_STRING));
    }

    @Test
    void commonTimestampShapesAreParsed() {
        assertEquals("2011-04-24T12:34:46+00:00", render("date_to_xmlschema", "2011-04-24 20:34:46 +0800"));
        assertEquals("2011-04-24T20:34:46+00:00", render("date_to_xmlschema", "2011-04-24T20:34:46Z"));
        assertEquals("2011-04-24T00:00:00+00:00", render("date_to_xmlschema", "2011-04-24"));
        assertEquals("Sun, 24 Apr 2011 12:34:46 +0000", render("date_to_rfc822", "Sun, 24 Apr 2011 12:34:46 +0000"));
        assertEquals("24 April 2011", render("date_to_long_string", "24th April 2011"));
    }

    @Test
    void numbersAreEpochSeconds() {
        assertEquals("10 May 2014", render("date_to_string", TIME_AS_NUMBER));
        assertEquals("10 May 2014", render("date_to_long_string", TIME_AS_NUMBER));
        assertEquals("May 10th, 2014", render("date_to_string: 'ordinal', 'US'", TIME_AS_NUMBER));
        assertEquals("10th May 2014", render("date_to_long_string: 'ordinal'", TIME_AS_NUMBER));
        assertEquals("2014-05-10T00:10:07+00:00", render("date_to_xmlschema", TIME_AS_NUMBER));
        assertEquals("Sat, 10 May 2014 00:10:07 +0000", render("date_to_rfc822", TIME_AS_NUMBER));
        assertEquals("10 May 2014", render("date_to_string", "1399680607"));
        assertEquals("10 May 2014", templates.render("{{ 1399680607 | date_to_string }}"));
    }

    @Test
    void javaDateTypes() {
        assertEquals("2013-03-27T11:22:33+00:00",
                render("date_to_xmlschema", OffsetDateTime.of(2013, 3, 27, 13, 22, 33, 0, ZoneOffset.ofHours(2))));
        assertEquals("Sat, 10 May 2014 00:10:07 +0000", render("date_to_rfc822", new Date(TIME_AS_NUMBER * 1000)));
    }

    @Test
    void timesAreShownInTheSiteTimeZone() {
        Templates kolkata = Templates.in(ZoneId.of("Asia/Kolkata"));
        assertEquals("2013-03-27T16:52:33+05:30", kolkata.render("{{ d | date_to_xmlschema }}", "d", SAMPLE_TIME));
        assertEquals("Wed, 27 Mar 2013 16:52:33 +0530", kolkata.render("{{ d | date_to_rfc822 }}", "d", SAMPLE_TIME));
        assertEquals("2013-03-02T00:00:00+05:30", kolkata.render("{{ d | date_to_xmlschema }}", "d", SAMPLE_DATE));
    }

    @Test
    void ordinalSuffixes() {
        assertEquals("1st Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 1)));
        assertEquals("3rd Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 3)));
        assertEquals("11th Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 11)));
        assertEquals("12th Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 12)));
        assertEquals("13th Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 13)));
        assertEquals("21st Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 21)));
        assertEquals("22nd Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 22)));
        assertEquals("23rd Mar 2013", render("date_to_string: 'ordinal'", LocalDate.of(2013, 3, 23)));
    }

    @Test
    void emptyInputIsReturned() {
        assertEquals("", templates.render("{{ nothing | date_to_xmlschema }}"));
        assertEquals("", templates.render("{{ '' | date_to_rfc822 }}"));
    }

    @Test
    void inputWithoutDateIsPassedThrough() {
        assertEquals("not a date", render("date_to_string", "not a date"));
        assertEquals("true", render("date_to_xmlschema", Boolean.TRUE));
    }
}
