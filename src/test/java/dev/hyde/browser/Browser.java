package dev.hyde.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Chromium for a test class, pointed at one site, recording for every page it shows
 * the console errors (the driver's "browser" log: console.error, uncaught exceptions, failed loads)
 * and every request to a host other than 127.0.0.1 (Chrome DevTools Protocol Network events, read
 * through Selenium's DevTools without a version-specific binding, so a newer Chromium still works).
 */
final class Browser implements AutoCloseable {
    static final int DESKTOP = 1280;
    static final int PHONE = 390;
    private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    /** What went wrong on one page: console errors and requests that left 127.0.0.1. */
    record PageProblems(String url, List<String> consoleErrors, List<String> otherHostRequests) {
        boolean clean() {
            return consoleErrors.isEmpty() && otherHostRequests.isEmpty();
        }

        @Override
        public String toString() {
            return url + "\n    console errors: " + consoleErrors + "\n    requests to other hosts: "
                    + otherHostRequests.stream().map(u -> u.length() > 200 ? u.substring(0, 200) + "..." : u).toList();
        }
    }

    private record Request(String url, String document) {
    }

    private final ChromeDriver driver;
    private final DevTools devTools;
    private final Path profile;
    private final URI base;
    private final ConcurrentLinkedQueue<Request> otherHostRequests = new ConcurrentLinkedQueue<>();
    private final Map<String, PageProblems> pages = new LinkedHashMap<>();

    private Browser(URI base) {
        this.base = base;
        this.profile = Chromium.newProfile();
        this.driver = Chromium.start(profile);
        try {
            this.devTools = driver.getDevTools();
            devTools.createSession();
            devTools.send(new Command<>("Network.enable", Map.of()));
            devTools.addListener(new Event<Map<?, ?>>("Network.requestWillBeSent", input -> input.read(Map.class)),
                    event -> {
                        Map<?, ?> request = (Map<?, ?>) event.get("request");
                        String url = String.valueOf(request.get("url"));
                        if (leavesLoopback(url)) {
                            otherHostRequests.add(new Request(url, String.valueOf(event.get("documentURL"))));
                        }
                    });
            prefersColorScheme("light");
            width(DESKTOP);
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    /** Starts Chromium for pages under {@code base}; fails (or skips, with -Dhyde.browser=skip) without one. */
    static Browser start(URI base) {
        Chromium.requireInstalled();
        return new Browser(base);
    }

    /** A request over the network (not data:, blob:, about:) to a host other than 127.0.0.1. */
    private static boolean leavesLoopback(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!NETWORK_SCHEMES.contains(scheme)) {
            return false;
        }
        try {
            return !"127.0.0.1".equals(URI.create(url).getHost());
        } catch (IllegalArgumentException unparsable) {
            return true;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    URI base() {
        return base;
    }

    /** Opens a page of the site (a path such as {@code /guide/}) and waits for its load event. */
    void open(String path) {
        collect();
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        pages.putIfAbsent(driver.getCurrentUrl(), new PageProblems(driver.getCurrentUrl(), new ArrayList<>(), new ArrayList<>()));
    }

    /** Reloads the page (as after a change to localStorage). */
    void reload() {
        collect();
        driver.navigate().refresh();
    }

    /** After a click that navigates: the new page's problems are recorded as its own. */
    void waitForNavigationTo(String path) {
        String url = base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
        waiting().until(d -> url.equals(d.getCurrentUrl())
                && "complete".equals(driver.executeScript("return document.readyState")));
        collect();
        pages.putIfAbsent(url, new PageProblems(url, new ArrayList<>(), new ArrayList<>()));
    }

    /**
     * Long enough for a busy 2-core CI machine; only a failing test waits it out. A page may
     * reload between finding an element and reading it (live reload, navigation): the element
     * is then stale, and the condition is simply tried again on the new page.
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Sets the viewport to {@code width} CSS pixels (900 high), so media queries see exactly that
     * width. Emulated through the DevTools Protocol rather than by resizing the window, whose frame
     * and asynchronous resize made the width uncertain on a busy machine.
     */
    void width(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        waiting().until(d -> ((Number) script("return window.innerWidth")).intValue() == width);
    }

    /** What {@code prefers-color-scheme} says from now on: "light" or "dark", as a reader's system would. */
    void prefersColorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Lets the page's own scripts use navigator.clipboard without a user prompt. */
    void grantClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", base.toString().replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** The whole page (not only the viewport) as a PNG under target/browser-screenshots/. */
    Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        // the viewport's width (scroll bar included), so a 390 px shot is 390 px wide
        double width = Math.max(((Number) size.get("width")).doubleValue(),
                ((Number) script("return window.innerWidth")).doubleValue());
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** axe-core's violations on the page as it is now. */
    List<Axe.Violation> axe() {
        return Axe.run(driver);
    }

    /** Runs axe-core in the page; fails listing every serious or critical violation. */
    void assertAccessible() {
        List<Axe.Violation> blocking = axe().stream().filter(v -> Axe.BLOCKING.contains(v.impact())).toList();
        if (!blocking.isEmpty()) {
            fail("axe-core: " + blocking.size() + " serious or critical violation(s) on " + driver.getCurrentUrl()
                    + "\n  " + blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** Moves what the browser reported since the last call to the page it belongs to. */
    private void collect() {
        if (driver.getCurrentUrl() == null || !driver.getCurrentUrl().startsWith("http")) {
            otherHostRequests.clear();
            return;
        }
        String current = driver.getCurrentUrl();
        PageProblems page = pages.computeIfAbsent(current,
                url -> new PageProblems(url, new ArrayList<>(), new ArrayList<>()));
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !implicitFavicon(entry.getMessage())) {
                page.consoleErrors().add(entry.getMessage());
            }
        }
        for (Request request; (request = otherHostRequests.poll()) != null; ) {
            PageProblems of = Optional.ofNullable(pages.get(request.document())).orElse(page);
            of.otherHostRequests().add(request.url());
        }
    }

    /**
     * The browser's own request for {@code /favicon.ico} when a page declares no icon: it comes once
     * a session, on whichever page is first, so it says nothing about that page. Whether pages
     * declare an icon is checked page by page instead ({@link ThemeContractTest}).
     */
    private boolean implicitFavicon(String message) {
        return message.startsWith(base.resolve("/favicon.ico") + " - Failed to load resource");
    }

    /** Every page shown since the last call, with what went wrong on it. */
    List<PageProblems> takePages() {
        collect();
        List<PageProblems> seen = List.copyOf(pages.values());
        pages.clear();
        return seen;
    }

    /** Every page shown since the last call had zero console errors and zero other-host requests. */
    List<PageProblems> assertCleanPages() {
        List<PageProblems> seen = takePages();
        List<PageProblems> failing = seen.stream().filter(p -> !p.clean()).toList();
        assertTrue(failing.isEmpty(), () -> failing.size() + " page(s) with problems:\n  "
                + failing.stream().map(PageProblems::toString).collect(Collectors.joining("\n  ")));
        return seen;
    }

    @Override
    public void close() {
        try {
            devTools.close();
        } finally {
            driver.quit();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a profile left behind under target/ is harmless
        }
    }
}
