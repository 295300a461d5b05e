package dev.hyde.markdown;

import java.util.List;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Where a node starts in the parsed text, for messages. */
final class MarkdownLines {
    private MarkdownLines() {
    }

    /** 1-based line of the node's block (or the nearest enclosing block that has one); 0 if unknown. */
    static int of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Block) {
                List<SourceSpan> spans = n.getSourceSpans();
                if (!spans.isEmpty()) {
                    return spans.get(0).getLineIndex() + 1;
                }
            }
        }
        return 0;
    }
}
