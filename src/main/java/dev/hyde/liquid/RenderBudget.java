package dev.hyde.liquid;

import dev.hyde.config.LiquidLimits;
import liqp.TemplateContext;

import java.util.Map;

/**
 * What one page's rendering may still use: its start time and its limits. Kept in the root
 * context's registry, which includes and loops share, so the limits count for the page as a whole.
 */
final class RenderBudget {
    private static final String REGISTRY = "hyde.budget";
    private static final String BUDGET = "budget";

    private final LiquidLimits limits;
    private final long deadline;

    private RenderBudget(LiquidLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxRenderMillis() * 1_000_000L;
    }

    /** Starts the clock for a page rendered in {@code context}. */
    static void start(TemplateContext context, LiquidLimits limits) {
        Map<String, Object> registry = context.getRegistry(REGISTRY);
        registry.put(BUDGET, new RenderBudget(limits));
    }

    /** The budget of the page being rendered in {@code context}. */
    static RenderBudget of(TemplateContext context, LiquidLimits limits) {
        Map<String, Object> registry = context.getRegistry(REGISTRY);
        return (RenderBudget) registry.computeIfAbsent(BUDGET, k -> new RenderBudget(limits));
    }

    /** @throws LimitExceeded when the page has rendered for longer than it may */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new LimitExceeded("Liquid rendering took too long",
                    String.format("Rendering the page's Liquid took more than %,d ms.", limits.maxRenderMillis()),
                    LiquidLimits.TIME);
        }
    }

    /**
     * An array longer than the page may loop over serves no page, yet a split of a long string
     * makes one object per item; so arrays are held to the iteration limit.
     *
     * @throws LimitExceeded when an array of {@code count} items would be too long
     */
    void checkItems(long count) {
        if (count > limits.maxIterations()) {
            throw new LimitExceeded("Liquid array too large",
                    String.format("A filter would make an array of %,d items; at most %,d (the loop iteration limit) "
                            + "are allowed.", count, limits.maxIterations()),
                    LiquidLimits.ITERATIONS);
        }
    }

    /** @throws LimitExceeded when a string of {@code length} characters would be too large */
    void checkSize(long length) {
        if (length > limits.maxOutputChars()) {
            throw new LimitExceeded("Liquid output too large",
                    String.format("A rendered block or string would be %,d characters long; at most %,d are allowed.",
                            length, limits.maxOutputChars()),
                    LiquidLimits.OUTPUT);
        }
    }
}
