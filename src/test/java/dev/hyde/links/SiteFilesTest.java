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
