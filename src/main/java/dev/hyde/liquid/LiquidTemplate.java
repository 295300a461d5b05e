package dev.hyde.liquid;

import liqp.nodes.LNode;

/**
 * A Liquid source parsed once per build. The node tree holds no render state, so one instance is
 * rendered by many threads at once.
 *
 * @param root      the node tree
 * @param file      project-relative name of the source, for diagnostics
 * @param firstLine the file line the source starts on (a page body starts below its front matter)
 * @param source    the source text, to locate tags that fail while rendering
 * @param textRuns  the plain text kept out of the parsed tree, put back after rendering
 */
public record LiquidTemplate(LNode root, String file, int firstLine, String source, TextRuns textRuns) {
}
