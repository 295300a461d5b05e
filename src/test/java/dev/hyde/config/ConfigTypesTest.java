package dev.hyde.config;

import dev.hyde.TestSite;
import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A setting of the wrong shape is an error at its line, not silently read some other way. */
class ConfigTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exclude: 5                 | Setting 'exclude' is not a list",
            "baseurl: [x]               | Setting 'baseurl' is not text",
            "collections: x             | Setting 'collections' is not a map or a list",
            "title: {a: b}              | Setting 'title' is not text",
            "timezone: Mars/Olympus     | Unknown time zone",
            "time: not a date           | Configuration 'time' is not a date"})
    void aSettingOfTheWrongShapeIsAnErrorAtItsLine(String setting, String title) {
        List<Diagnostic> errors = TestSite.buildExpectingErrors("""
                -- _config.yml --
                # settings
                %s
                -- content/index.md --
                ---
                title: Home
                ---
                Hi
                """.formatted(setting.strip()));
        assertEquals(1, errors.size(), () -> DiagnosticFormatter.formatAll(errors));
        Diagnostic e = errors.get(0);
        assertEquals(title, e.title());
        assertEquals("_config.yml", e.file());
        assertEquals(2, e.line());
        assertFalse(e.hint().isEmpty());
    }
}
