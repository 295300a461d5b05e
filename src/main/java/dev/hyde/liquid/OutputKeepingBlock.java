package dev.hyde.liquid;

import liqp.LValue;
import liqp.TemplateContext;
import liqp.nodes.BlockNode;
import liqp.nodes.LNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A block of Liquid nodes that keeps what it rendered before a {@code break} or {@code continue}.
 * Liquid renders {@code {% for x in list %}{% if x == 2 %}found{% break %}{% endif %}{% endfor %}}
 * as "found"; Liqp's block returns the bare signal and the text is lost. Here the text goes into
 * a per-render stash with the signal, and the block that holds the interrupted loop writes it
 * right after the loop's own output, where Liquid writes it.
 */
final class OutputKeepingBlock extends BlockNode {
    private static final String REGISTRY = "hyde-interrupted-output";
    private static final String KEY = "text";

    private final List<LNode> nodes = new ArrayList<>();

    OutputKeepingBlock(boolean root) {
        super(root);
    }

    @Override
    public void add(LNode node) {
        super.add(node);
        nodes.add(node);
    }

    /**
     * The nodes as a loop renders them, one by one (Liqp's {@code for} renders its body's nodes
     * itself): what an earlier pass left at a {@code continue} is written before this pass's first
     * output, where Liquid writes it.
     */
    @Override
    public List<LNode> getChildren() {
        List<LNode> wrapped = new ArrayList<>(nodes.size());
        for (LNode node : nodes) {
            wrapped.add(node == null ? null : context -> {
                String earlier = takeStash(context);
                Object value = node.render(context);
                if (value == LValue.BREAK || value == LValue.CONTINUE) {
                    String inner = takeStash(context);
                    if (!earlier.isEmpty() || !inner.isEmpty()) {
                        Map<String, String> stash = context.getRegistry(REGISTRY);
                        stash.put(KEY, earlier + inner);
                    }
                    return value;
                }
                return earlier.isEmpty() ? value : value == null ? earlier : List.of(earlier, value);
            });
        }
        return wrapped;
    }

    @Override
    public Object render(TemplateContext context) {
        // The values are put together by a plain block, so they print exactly as Liqp prints them.
        BlockNode values = new BlockNode();
        for (LNode node : nodes) {
            if (node == null) {
                continue;
            }
            Object value = node.render(context);
            if (value == LValue.BREAK || value == LValue.CONTINUE) {
                stash(context, values.getChildren().isEmpty() ? "" : String.valueOf(values.render(context)));
                return value;
            }
            values.add(ignored -> value);
            // A loop a break or continue left: what its last pass wrote comes after the loop's output.
            String left = takeStash(context);
            if (!left.isEmpty()) {
                values.add(ignored -> left);
            }
        }
        return values.render(context);
    }

    /** What a break or continue at the top of a template left unwritten (Liquid keeps it). */
    static String takeStash(TemplateContext context) {
        Map<String, String> stash = context.getRegistry(REGISTRY);
        String text = stash.remove(KEY);
        return text == null ? "" : text;
    }

    private static void stash(TemplateContext context, String before) {
        Map<String, String> stash = context.getRegistry(REGISTRY);
        String inner = stash.getOrDefault(KEY, "");
        stash.put(KEY, before + inner);
    }

}
