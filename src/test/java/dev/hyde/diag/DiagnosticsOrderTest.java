package dev.hyde.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A build's report is in one order whatever order its problems were met in. */
class DiagnosticsOrderTest {

    @Test
    void problemsAtOnePlaceWithOneTitleComeInTheOrderOfTheirDetail() {
        Diagnostic lighten = Diagnostic.warning("Sass deprecation").at("_sass/colors.scss", 9, 22)
                .detail("lighten() is deprecated.").hint("See color functions.").build();
        Diagnostic global = Diagnostic.warning("Sass deprecation").at("_sass/colors.scss", 9, 22)
                .detail("Global built-in functions are deprecated.").hint("See global built-ins.").build();
        Diagnostic sameDetail = Diagnostic.warning("Sass deprecation").at("_sass/colors.scss", 9, 22)
                .detail("lighten() is deprecated.").hint("Another hint.").build();
        List<Diagnostic> expected = List.of(global, sameDetail, lighten);
        for (List<Diagnostic> order : List.of(List.of(lighten, global, sameDetail), List.of(sameDetail, lighten, global),
                List.of(global, lighten, sameDetail))) {
            Diagnostics diagnostics = new Diagnostics();
            order.forEach(diagnostics::add);
            assertEquals(expected, diagnostics.sorted());
        }
    }
}
