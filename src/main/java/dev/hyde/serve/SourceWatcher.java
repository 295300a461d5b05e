package dev.hyde.serve;

import dev.hyde.diag.Diagnostic;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches what the build reads and reports changed paths in bursts: editors save a file as
 * several events (truncate, write, rename), so events are collected until the sources have been
 * quiet for a moment, then handed over together on one thread.
 *
 * <p>It starts held: events are collected but not handed over until {@link #release()}, so a
 * watcher started before the first build loses no edit made during it.
 */
final class SourceWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

    private final WatchedSources sources;
    private final DirectoryWatcher watcher;
    private final ExecutorService watching;
    private final ScheduledExecutorService debouncer;
    private final long quietMillis;
    private final Consumer<Set<Path>> onChanges;
    private final Runnable onOverflow;
    private final Set<Path> pending = new HashSet<>();
    private boolean overflowed;
    private boolean held = true;
    private ScheduledFuture<?> flush;

    /**
     * Registers every watched folder before returning.
     *
     * @param onChanges  called with each burst of changed paths (files or folders, created,
     *                   modified or deleted), each one something the build reads
     * @param onOverflow called when events were lost: only a full rebuild is safe then
     * @throws dev.hyde.diag.DiagnosticException when the system refuses to watch the folders
     */
    SourceWatcher(WatchedSources sources, long quietMillis, Consumer<Set<Path>> onChanges, Runnable onOverflow) {
        this.sources = sources;
        this.quietMillis = quietMillis;
        this.onChanges = onChanges;
        this.onOverflow = onOverflow;
        this.debouncer = Executors.newSingleThreadScheduledExecutor(daemon("hyde-rebuild"));
        this.watching = Executors.newSingleThreadExecutor(daemon("hyde-watch"));
        DirectoryWatcher started = null;
        try {
            started = DirectoryWatcher.builder()
                    .paths(sources.roots())
                    .fileTreeVisitor(new WatchedTree(sources))
                    .fileHashing(false)
                    .listener(new Listener())
                    .build();
            // Registering the folders happens before watchAsync returns: a failure shows here.
            var loop = started.watchAsync(watching);
            if (loop.isCompletedExceptionally()) {
                throw cannotWatch(loop.handle((ok, failure) -> failure).join());
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(started);
            watching.shutdownNow();
            debouncer.shutdownNow();
            throw e instanceof dev.hyde.diag.DiagnosticException d ? d : cannotWatch(e);
        }
        this.watcher = started;
    }

    private static RuntimeException cannotWatch(Throwable cause) {
        Throwable root = cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null
                ? cause.getCause() : cause;
        return Diagnostic.error("Cannot watch the sources for changes")
                .detail(String.valueOf(root.getMessage()))
                .hint("On Linux, raise the number of watches: sysctl fs.inotify.max_user_watches=524288.")
                .exception();
    }

    /** Hands over the edits collected so far, and from now on every burst as it comes. */
    synchronized void release() {
        held = false;
        if (overflowed || !pending.isEmpty()) {
            schedule();
        }
    }

    /** Called on the watcher's thread for each event (and by tests that feed events). */
    void onEvent(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            lost();
        } else if (event.path() != null && sources.isSource(event.path())) {
            changed(event.path());
        }
    }

    private synchronized void changed(Path path) {
        pending.add(path);
        schedule();
    }

    /** Events were dropped (the system's queue overflowed): nothing is known about what changed. */
    synchronized void lost() {
        overflowed = true;
        schedule();
    }

    private void schedule() {
        if (held) {
            return;
        }
        if (flush != null) {
            flush.cancel(false);
        }
        flush = debouncer.schedule(this::flush, quietMillis, TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Set<Path> paths;
        boolean overflow;
        synchronized (this) {
            paths = Set.copyOf(pending);
            overflow = overflowed;
            pending.clear();
            overflowed = false;
        }
        try {
            if (overflow) {
                onOverflow.run();
            } else if (!paths.isEmpty()) {
                onChanges.accept(paths);
            }
        } catch (RuntimeException e) {
            if (debouncer.isShutdown()) {
                return; // closed mid-rebuild (the server stopping): the rebuild was cut short on purpose
            }
            // The watcher must outlive any one rebuild; the failure is Hyde's, not the author's.
            LOG.error("rebuild failed", e);
        }
    }

    /**
     * The directory watcher's listener. When the system's event queue overflows, the library
     * fails on the overflow event (it has no path) and reports an exception instead of the
     * event: either way events were lost, and the sources must be read again from scratch.
     */
    private final class Listener implements DirectoryChangeListener {
        @Override
        public void onEvent(DirectoryChangeEvent event) {
            SourceWatcher.this.onEvent(event);
        }

        @Override
        public void onException(Exception e) {
            LOG.debug("watcher lost events", e);
            lost();
        }
    }

    /** The directory watcher's listener, as the library calls it. */
    DirectoryChangeListener listener() {
        return watcher.getListener();
    }

    /** Stops watching and waits (briefly) for both threads to end, so nothing is left running. */
    @Override
    public void close() {
        closeQuietly(watcher);
        watching.shutdownNow();
        debouncer.shutdownNow();
        try {
            watching.awaitTermination(5, TimeUnit.SECONDS);
            debouncer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once both of the watcher's threads have ended. */
    boolean stopped() {
        return watching.isTerminated() && debouncer.isTerminated();
    }

    private static void closeQuietly(DirectoryWatcher watcher) {
        if (watcher == null) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the watcher", e);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
