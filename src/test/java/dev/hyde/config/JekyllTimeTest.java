package dev.hyde.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The date forms Jekyll reads in front matter, including dates written out in English. */
class JekyllTimeTest {
    @ParameterizedTest
    @ValueSource(strings = {"2017-07-11", "2017-07-11 15:29", "2017-07-11 15:29:34 -0700", "2017-07-11T15:29:34-07:00",
            "July 11, 2017", "Jul 11, 2017", "july 11 2017", "11 July 2017", "11 Jul 2017", "2017/07/11", "2017/7/11",
            "2017-07-11 5:00:00 +0000", "2017-07-11 5:00 +0000"})
    void readsTheEleventhOfJuly(String written) {
        assertEquals(LocalDate.of(2017, 7, 11), JekyllTime.parse(written).orElseThrow().toLocalDate(), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a date", "2017-13-01", "July 32, 2017", "yesterday", ""})
    void refusesWhatIsNoDate(String written) {
        assertTrue(JekyllTime.parse(written).isEmpty(), written);
    }
}
