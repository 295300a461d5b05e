package dev.hyde.layout;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the time one FreeMarker layout may render. FreeMarker has no time limit of its own; its
 * thread-interruption checks (added to every loop body of a template, see {@link FreemarkerLayouts})
 * stop rendering once the rendering thread is interrupted. This interrupts it when the time is up,
 * and never afterwards: {@link #stop()} and the timer agree under a lock, and the interrupt is
 * cleared before the thread (a shared pool thread) renders anything else.
 */
final class RenderWatch {
    /** One daemon thread for every build in this JVM; it only ever sets flags. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Thread rendering;
    private final Runnable beforeInterrupt;
    private final ScheduledFuture<?> alarm;
    private boolean running = true; // guarded by this
    private boolean fired; // guarded by this

    private RenderWatch(Thread rendering, long millis, Runnable beforeInterrupt) {
        this.rendering = rendering;
        this.beforeInterrupt = beforeInterrupt;
        this.alarm = TIMER.schedule(this::fire, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching the current thread.
     *
     * @param beforeInterrupt run on the timer's thread when the time is up, while the rendering
     *                        still runs (to note where it is); must not throw
     */
    static RenderWatch start(long millis, Runnable beforeInterrupt) {
        return new RenderWatch(Thread.currentThread(), millis, beforeInterrupt);
    }

    private synchronized void fire() {
        if (running) {
            fired = true;
            beforeInterrupt.run();
            rendering.interrupt();
        }
    }

    /** Stops watching; clears the interrupt this watch set. Call from the rendering thread. */
    synchronized void stop() {
        running = false;
        alarm.cancel(false);
        if (fired) {
            Thread.interrupted();
        }
    }

    /** True when the time ran out (valid after {@link #stop()}). */
    synchronized boolean fired() {
        return fired;
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "hyde-layout-time-limit");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
