package dev.hyde.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Shows a build's progress once it has run for a while, so that a short build prints nothing
 * extra: on a terminal as one line redrawn in place ("rendering 4,200/10,000 pages, 1,650 pages/s"),
 * elsewhere (a CI log, Maven's log) as a plain line now and then.
 */
public final class ProgressReport implements BuildProgress, AutoCloseable {

    /** Where the progress goes. */
    public interface Output {
        /** A line of its own (logs). */
        void line(String text);

        /** The live line, replacing the previous one (terminals). */
        default void live(String text) {
            line(text);
        }

        /** Removes the live line, before the build's own output. */
        default void clearLive() {
        }
    }

    /** Nothing is shown for builds shorter than this. */
    static final Duration DELAY = Duration.ofSeconds(1);
    /** How often the live line is redrawn. */
    static final Duration LIVE_EVERY = Duration.ofMillis(125);

    private final Output output;
    private final boolean live;
    private final long plainEveryNanos;
    private final LongSupplier clock;
    private final long start;
    private final AtomicInteger rendered = new AtomicInteger();
    private volatile String stage = "reading";
    private volatile int total;
    private volatile long renderingSince = -1;
    private ScheduledExecutorService ticker;

    // guarded by this
    private long lastPlain;
    private boolean liveShown;
    private String lastText = "";

    ProgressReport(Output output, boolean live, Duration plainEvery, LongSupplier clock) {
        this.output = output;
        this.live = live;
        this.plainEveryNanos = plainEvery.toNanos();
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPlain = start;
    }

    /**
     * Starts reporting.
     *
     * @param live       redraw one line in place (a terminal); otherwise print plain lines
     * @param plainEvery with plain lines, the time between two of them
     */
    public static ProgressReport start(Output output, boolean live, Duration plainEvery) {
        ProgressReport report = new ProgressReport(output, live, plainEvery, System::nanoTime);
        report.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hyde-progress");
            t.setDaemon(true);
            return t;
        });
        long every = live ? LIVE_EVERY.toMillis() : Math.min(plainEvery.toMillis(), 1000);
        report.ticker.scheduleAtFixedRate(report::tick, every, every, TimeUnit.MILLISECONDS);
        return report;
    }

    @Override
    public void stage(String name) {
        if (name.equals("rendering")) {
            renderingSince = clock.getAsLong();
        }
        stage = name;
    }

    @Override
    public void pagesToRender(int total) {
        this.total = total;
    }

    @Override
    public void pageRendered() {
        rendered.incrementAndGet();
    }

    /** Shows the progress if it is time to; the ticker calls it, tests call it with their own clock. */
    synchronized void tick() {
        long now = clock.getAsLong();
        if (ticker != null && ticker.isShutdown() || now - start < DELAY.toNanos()) {
            return;
        }
        String text = text(now);
        if (live) {
            if (!text.equals(lastText)) {
                output.live(text);
                liveShown = true;
                lastText = text;
            }
        } else if (now - lastPlain >= plainEveryNanos && !text.equals(lastText)) {
            // a log line that only repeats the last one says nothing
            output.line(text);
            lastPlain = now;
            lastText = text;
        }
    }

    /** "rendering 4200/10000 pages, 1650 pages/s", or the stage alone before and after the pages. */
    String text(long now) {
        String current = stage;
        int done = rendered.get();
        if (!current.equals("rendering")) {
            return current + "...";
        }
        long since = renderingSince;
        double seconds = (now - since) / 1e9;
        String rate = seconds > 0.2 ? String.format(java.util.Locale.ROOT, ", %d pages/s", Math.round(done / seconds)) : "";
        return String.format(java.util.Locale.ROOT, "rendering %d/%d pages%s", done, Math.max(done, total), rate);
    }

    /** Stops the ticker and removes the live line, so the build's summary starts a clean line. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (liveShown) {
            output.clearLive();
            liveShown = false;
        }
    }
}
