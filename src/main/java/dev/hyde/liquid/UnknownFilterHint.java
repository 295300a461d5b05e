package dev.hyde.liquid;

/**
 * The hint of every "Unknown Liquid filter" diagnostic, whichever of Liquid's error modes found it.
 * It names README sections by their GitHub anchors, so a reader lands on the list of filters or
 * on the extension API directly.
 */
final class UnknownFilterHint {
    static final String TEXT = "Check the spelling (README.md#liquid lists the filters Hyde provides). A filter of"
            + " your own is a Java extension (FilterExtension): README.md#extending-hyde.";

    private UnknownFilterHint() {
    }
}
