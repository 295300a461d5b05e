package dev.hyde.markdown;

import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses a document nested deeper than {@link #MAX_DEPTH} levels (block quotes, lists, links,
 * images, emphasis). The parser itself builds any depth without recursion, but the post-processors
 * and the HTML renderer walk the tree recursively, one stack frame or more per level; a page of
 * ten thousand {@code >} would overflow the stack. This check walks the tree with its own stack,
 * so it runs first and in linear time, before anything recursive sees the tree.
 */
final class NestingLimit implements PostProcessor {
    /** Far beyond real documents, and well within a thread's stack for every later pass. */
    static final int MAX_DEPTH = 500;

    private record Level(Node node, int depth) {
    }

    @Override
    public Node process(Node document) {
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(document, 0));
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            for (Node child = level.node().getFirstChild(); child != null; child = child.getNext()) {
                // a list item is the second half of its list's level
                int depth = child instanceof ListItem ? level.depth() : level.depth() + 1;
                if (depth > MAX_DEPTH) {
                    throw new MarkdownTooDeep(MarkdownLines.of(child), MAX_DEPTH);
                }
                pending.push(new Level(child, depth));
            }
        }
        return document;
    }
}
