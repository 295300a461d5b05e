package dev.hyde.links;

import dev.hyde.html.HtmlScanner;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteFilesTest {

    /**
     * Whatever the site's files, a file added changes the file a path is served from only when
     * that file was one {@link SiteFiles#shadowedBy} names: a link check that takes the last
     * build's findings checks again only the links that found those.
     */
    @Test
    void aFileAddedChangesWhereAPathIsServedOnlyForTheFilesItShadows() {
        java.util.List<String> names = java.util.List.of("", "a", "a/b", "index.html", "index.htm", "a/index.html",
                "a/index.htm", "a.html", "a/b/index.html", "a/b.html", "a/b/index.htm", "b.html", "a/a.html");
        java.util.List<String> paths = java.util.List.of("", "a", "a/", "a/b", "a/b/", "b", "a/a", "index.html", "a.html");
        java.util.Random random = new java.util.Random(7);
        int changes = 0;
        for (int trial = 0; trial < 2000; trial++) {
            java.util.List<String> present = names.stream().filter(n -> !n.isEmpty() && random.nextInt(3) == 0).toList();
            String added = names.get(1 + random.nextInt(names.size() - 1));
            if (present.contains(added)) {
                continue;
            }
            SiteFiles before = new SiteFiles();
            SiteFiles after = new SiteFiles();
            present.forEach(before::addFile);
            present.forEach(after::addFile);
            after.addFile(added);
            for (String path : paths) {
                java.util.Optional<String> was = before.find(path);
                java.util.Optional<String> now = after.find(path);
                if (was.isPresent() && !was.equals(now)) {
                    changes++;
                    assertTrue(SiteFiles.shadowedBy(added).contains(was.get()),
                            added + " took " + path + " from " + was.get() + " among " + present);
                }
            }
        }
        assertTrue(changes > 50, "the trials moved paths to the files added: " + changes);
    }

    /**
     * A page known unread is read by the first link into it; a second thread asking meanwhile
     * waits for its ids instead of finding a page with none (which passed a broken anchor).
     */
    @Test
    void aPageBeingReadIsWaitedForByAnotherThread() throws Exception {
        SiteFiles files = new SiteFiles();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch otherAsks = new CountDownLatch(1);
        files.addPage("guide/index.html", () -> {
            reading.countDown();
            try {
                // the other thread asks while this one reads
                otherAsks.await(5, TimeUnit.SECONDS);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HtmlScanner.scan("<h2 id=\"steps\">Steps</h2>");
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> files.hasOwnIds("guide/index.html"));
            assertTrue(reading.await(5, TimeUnit.SECONDS));
            Future<Set<String>> second = threads.submit(() -> {
                otherAsks.countDown();
                return files.idsOf("guide/index.html");
            });
            assertEquals(Set.of("steps"), second.get(10, TimeUnit.SECONDS));
            assertTrue(first.get(10, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }
}
