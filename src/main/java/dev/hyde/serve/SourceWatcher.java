package dev.hyde.serve;

import dev.hyde.config.ProjectLayout;
import dev.hyde.diag.Diagnostic;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the project's sources and reports changed paths in bursts: editors save a file as
 * several events (truncate, write, rename), so events are collected until the sources have been
 * quiet for a moment, then handed over together on one thread.
 */
final class SourceWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService debouncer;
    private final long quietMillis;
    private final Consumer<Set<Path>> onChanges;
    private final Runnable onOverflow;
    private final Set<Path> pending = new HashSet<>();
    private boolean overflowed;
    private ScheduledFuture<?> flush;

    /**
     * @param onChanges  called with each burst of changed paths (files or folders, created,
     *                   modified or deleted)
     * @param onOverflow called when the system dropped events: only a full rebuild is safe then
     */
    SourceWatcher(ProjectLayout project, long quietMillis, Consumer<Set<Path>> onChanges, Runnable onOverflow) {
        this.quietMillis = quietMillis;
        this.onChanges = onChanges;
        this.onOverflow = onOverflow;
        this.debouncer = Executors.newSingleThreadScheduledExecutor(daemon("hyde-rebuild"));
        try {
            this.watcher = DirectoryWatcher.builder()
                    .path(project.root())
                    .fileTreeVisitor(new WatchedTree(project))
                    .fileHashing(false)
                    .listener(this::onEvent)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var watching = watcher.watchAsync(Executors.newSingleThreadExecutor(daemon("hyde-watch")));
        if (watching.isCompletedExceptionally()) {
            // Registering the folders happens before watchAsync returns: a failure shows here.
            Throwable cause = watching.handle((ok, failure) -> failure).join();
            debouncer.shutdownNow();
            throw Diagnostic.error("Cannot watch the sources for changes")
                    .detail(String.valueOf(cause.getMessage()))
                    .hint("On Linux, raise the number of watches: sysctl fs.inotify.max_user_watches=524288.")
                    .exception();
        }
    }

    synchronized void onEvent(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            overflowed = true;
        } else if (event.path() != null) {
            pending.add(event.path());
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
            // The watcher must outlive any one rebuild; the failure is Hyde's, not the author's.
            LOG.error("rebuild failed", e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the watcher", e);
        }
        debouncer.shutdownNow();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
