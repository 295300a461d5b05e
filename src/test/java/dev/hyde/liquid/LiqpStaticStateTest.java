package dev.hyde.liquid;

import liqp.filters.date.CustomDateFormatRegistry;
import org.junit.jupiter.api.Test;

import java.util.Calendar;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liqp keeps its date types in a static list that its filters read on every call and that it
 * fills when liqp.Template is first loaded. Hyde loads it with the Liquid engine, before pages
 * render in parallel, so that no page reads the list while another thread fills it (a build of
 * Jekyll's own docs failed one time in a dozen with a ConcurrentModificationException before).
 */
class LiqpStaticStateTest {

    @Test
    void theDateTypesAreRegisteredOnceTheEngineIsLoaded() throws ClassNotFoundException {
        Class.forName(LiquidEngine.class.getName(), true, LiquidEngine.class.getClassLoader());
        assertTrue(CustomDateFormatRegistry.isCustomDateType(new Date()));
        assertTrue(CustomDateFormatRegistry.isCustomDateType(Calendar.getInstance()));
    }
}
