package dev.hyde.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in theme's HTML contract (sidebar, menu button, table of contents, copy buttons, dark
 * mode), checked in Chromium on one built site. Subclasses give the site and which of its pages
 * to use; every page any test opens must log no console error and request nothing from another host.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThemeContractTest {
    protected BuiltSite site;
    protected StaticServer server;
    protected Browser browser;

    /** Builds the site under test (into target/browser-sites/). */
    abstract BuiltSite buildSite();

    /** A page whose sidebar entry is the deepest the site has. */
    abstract String nestedPage();

    /** A page with headings enough to scroll to one from its table of contents. */
    abstract String tocPage();

    /** A page with code blocks. */
    abstract String codePage();

    /** A page the sidebar of {@link #nestedPage()} links to, other than itself. */
    abstract String otherPage();

    /** Two pages that each have a tab group named {@code group}, with two tabs or more. */
    record TabPages(String group, String first, String second) {
    }

    abstract TabPages tabPages();

    @BeforeAll
    void start() {
        Chromium.requireInstalled();
        site = buildSite();
        server = StaticServer.serve(site.destination());
        browser = Browser.start(server.address());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void everyPageOpenedWasClean() {
        browser.assertCleanPages();
        if (browser.driver().getCurrentUrl().startsWith("http")) {
            browser.script("localStorage.clear()");
        }
        browser.width(Browser.DESKTOP);
    }

    @Test
    void everyPageHasNoSeriousAccessibilityProblemInLightAndDarkAndIsPhotographed() {
        assertFalse(site.pages().isEmpty());
        List<String> failures = new ArrayList<>();
        for (String page : site.pages()) {
            for (int width : List.of(Browser.DESKTOP, Browser.PHONE)) {
                browser.width(width);
                for (String theme : List.of("light", "dark")) {
                    browser.open(page);
                    browser.script("localStorage.setItem('hyde-theme', arguments[0])", theme);
                    browser.reload();
                    Object applied = browser.script("return document.documentElement.getAttribute('data-theme')");
                    if (!theme.equals(applied)) {
                        failures.add(page + " at " + width + " px: localStorage hyde-theme=" + theme
                                + " gave <html data-theme=\"" + applied + "\">");
                    }
                    browser.axe().stream().filter(v -> Axe.BLOCKING.contains(v.impact()))
                            .forEach(v -> failures.add(page + " at " + width + " px, " + theme + ": " + v));
                    browser.screenshot(site.name() + "/" + slug(page) + "-" + width + "-" + theme);

                }
            }
        }
        List<Browser.PageProblems> pages = browser.assertCleanPages();
        assertEquals(site.pages().size(), pages.size(), () -> "pages opened: " + pages);
        assertTrue(failures.isEmpty(), () -> failures.size() + " problem(s):\n  " + String.join("\n  ", failures));
    }

    /**
     * A page that names no icon makes the browser ask for /favicon.ico; where there is none, that
     * is a 404 in the console of every reader's first page (the harness leaves that one request to
     * this test, as it comes once a session, on whichever page is first).
     */
    @Test
    void everyPageHasAnIcon() {
        boolean rootIcon = Files.isRegularFile(site.destination().resolve("favicon.ico"));
        List<String> without = new ArrayList<>();
        for (String page : site.pages()) {
            browser.open(page);
            if (!rootIcon && browser.findAll("link[rel~=icon]").isEmpty()) {
                without.add(page);
            }
        }
        assertTrue(without.isEmpty(), () -> "no <link rel=\"icon\"> and no /favicon.ico: the browser asks for"
                + " /favicon.ico and logs a 404 in the console on " + without);
    }

    @Test
    void sidebarIsOpenDownToTheCurrentPageAndClosedElsewhere() {
        browser.open(nestedPage());
        WebElement sidebar = browser.find("nav#sidebar.sidebar");
        assertEquals("Documentation", sidebar.getAttribute("aria-label"));
        List<WebElement> current = sidebar.findElements(By.cssSelector("a[aria-current=page]"));
        assertEquals(1, current.size(), "links with aria-current=page in the sidebar");
        assertEquals(nestedPage(), current.get(0).getDomAttribute("href"));
        assertTrue(current.get(0).isDisplayed(), "the current page's link is visible at 1280 px");
        List<String> wrong = new ArrayList<>();
        for (WebElement details : sidebar.findElements(By.tagName("details"))) {
            String title = details.findElement(By.tagName("summary")).getText();
            boolean holdsCurrent = !details.findElements(By.cssSelector("a[aria-current=page]")).isEmpty();
            boolean open = details.getDomAttribute("open") != null;
            if (holdsCurrent != open) {
                wrong.add("section \"" + title + "\" is " + (open ? "open" : "closed")
                        + (holdsCurrent ? " but holds the current page" : " and does not hold the current page"));
            }
            String itemClass = String.valueOf(details.findElement(By.xpath("..")).getDomAttribute("class"));
            if (!List.of(itemClass.split("\\s+")).contains("nav-section")) {
                wrong.add("section \"" + title + "\" is not in an <li class=\"nav-section\">");
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void onAPhoneTheMenuButtonOpensTheSidebar() {
        browser.width(Browser.PHONE);
        browser.open(nestedPage());
        WebElement menu = browser.find("header.site-header button.menu-toggle");
        WebElement sidebar = browser.find("nav#sidebar");
        assertEquals("sidebar", menu.getDomAttribute("aria-controls"));
        assertTrue(menu.isDisplayed(), "the menu button shows at 390 px");
        assertEquals("false", menu.getDomAttribute("aria-expanded"));
        assertFalse(sidebar.isDisplayed(), "the sidebar is hidden at 390 px until the menu button is pressed");

        menu.click();
        browser.waiting().until(d -> sidebar.isDisplayed());
        assertEquals("true", menu.getDomAttribute("aria-expanded"));
        assertTrue(List.of(browser.find("body").getDomAttribute("class").split("\\s+")).contains("nav-open"));
        WebElement current = sidebar.findElement(By.cssSelector("a[aria-current=page]"));
        assertTrue(current.isDisplayed(), "the current page's link shows in the opened sidebar");

        browser.width(Browser.DESKTOP);
        browser.open(nestedPage());
        assertFalse(browser.find("button.menu-toggle").isDisplayed(), "the menu button is hidden at 1280 px");
        assertTrue(browser.find("nav#sidebar").isDisplayed(), "the sidebar shows at 1280 px");
    }

    @Test
    void aTableOfContentsLinkScrollsToItsHeadingAndBecomesActive() {
        browser.open(tocPage());
        List<WebElement> links = browser.findAll("nav.toc ul > li > a[href^='#']");
        assertTrue(links.size() >= 3, "the table of contents lists the page's headings: " + links.size());
        assertEquals("On this page", browser.find("nav.toc").getDomAttribute("aria-label"));
        // a heading in the middle: the page can scroll it to the top, and it is not the first in view
        WebElement link = links.get(links.size() / 2);
        String id = link.getDomAttribute("href").substring(1);
        WebElement heading = browser.driver().findElement(By.id(id));
        link.click();

        browser.waiting().until(d -> {
            double top = ((Number) browser.script("return arguments[0].getBoundingClientRect().top", heading)).doubleValue();
            return top >= 0 && top < 200;
        });
        browser.waiting().withMessage(() -> "the TOC link of #" + id + " has class active; active links: "
                        + activeTocLinks())
                .until(d -> activeTocLinks().equals(List.of("#" + id)));
        assertTrue(((Number) browser.script("return window.scrollY")).doubleValue() > 0, "the page scrolled");
    }

    private List<String> activeTocLinks() {
        return browser.findAll("nav.toc a.active").stream().map(a -> a.getDomAttribute("href")).toList();
    }

    @Test
    void theCopyButtonPutsTheCodeOnTheClipboard() {
        browser.open(codePage());
        browser.grantClipboard();
        List<WebElement> blocks = browser.findAll("pre:has(> code)");
        assertFalse(blocks.isEmpty(), "the page has code blocks");
        List<WebElement> buttons = browser.findAll("pre:has(> code) button.copy, div.code-block:has(> pre > code) button.copy");
        assertEquals(blocks.size(), buttons.size(), "one copy button for each <pre><code>");

        WebElement pre = blocks.get(0);
        String code = (String) browser.script("return arguments[0].querySelector('code').textContent", pre);
        WebElement button = copyButtonOf(pre);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", pre);
        new Actions(browser.driver()).moveToElement(pre).perform();
        browser.waiting().withMessage("the copy button can be clicked").until(d -> button.isDisplayed());
        button.click();
        browser.waiting().withMessage(() -> "the button says Copied, not \"" + button.getText() + "\"")
                .until(d -> button.getText().contains("Copied"));
        Object copied = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.readText().then(done, e => done('clipboard not readable: ' + e));
                """);
        assertEquals(code.stripTrailing(), String.valueOf(copied).stripTrailing());
    }

    private WebElement copyButtonOf(WebElement pre) {
        List<WebElement> inside = pre.findElements(By.cssSelector("button.copy"));
        if (!inside.isEmpty()) {
            return inside.get(0);
        }
        WebElement block = (WebElement) browser.script("return arguments[0].closest('.code-block') || arguments[0].parentElement", pre);
        return block.findElement(By.cssSelector("button.copy"));
    }

    @Test
    void withoutAChoiceTheColoursFollowTheSystem() {
        browser.open(nestedPage());
        String light = backgroundWith("light");
        String dark = backgroundWith("dark");
        assertNotEquals(light, dark, "data-theme light and dark give different backgrounds");
        for (String system : List.of("light", "dark")) {
            browser.prefersColorScheme(system);
            browser.script("localStorage.removeItem('hyde-theme')");
            browser.reload();
            Object attribute = browser.script("return document.documentElement.getAttribute('data-theme')");
            assertTrue(attribute == null || system.equals(attribute),
                    "with no choice stored on a " + system + " system, data-theme is " + attribute);
            assertEquals(system.equals("light") ? light : dark, pageBackground(),
                    "with no choice stored, a " + system + " system gets the " + system + " colours");
        }
        browser.prefersColorScheme("light");
    }

    private String backgroundWith(String theme) {
        browser.script("localStorage.setItem('hyde-theme', arguments[0])", theme);
        browser.reload();
        assertEquals(theme, browser.script("return document.documentElement.getAttribute('data-theme')"));
        return pageBackground();
    }

    /** The colour the page is painted on: the body's background, else the root's. */
    private String pageBackground() {
        return (String) browser.script("""
                const clear = c => c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
                const body = getComputedStyle(document.body).backgroundColor;
                return clear(body) ? getComputedStyle(document.documentElement).backgroundColor : body;
                """);
    }

    @Test
    void darkModeIsKeptOnTheNextPage() {
        browser.open(nestedPage());
        browser.script("localStorage.removeItem('hyde-theme')");
        browser.reload();
        WebElement toggle = browser.find("header.site-header button.theme-toggle");
        assertEquals("Toggle dark mode", toggle.getDomAttribute("aria-label"));
        assertEquals("false", toggle.getDomAttribute("aria-pressed"));

        toggle.click();
        browser.waiting().until(d -> "dark".equals(browser.script("return document.documentElement.getAttribute('data-theme')")));
        assertEquals("true", toggle.getDomAttribute("aria-pressed"));
        assertEquals("dark", browser.script("return localStorage.getItem('hyde-theme')"));

        WebElement link = browser.find("nav#sidebar a[href='" + otherPage() + "']");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        browser.waitForNavigationTo(otherPage());
        assertEquals("dark", browser.script("return document.documentElement.getAttribute('data-theme')"));
        assertEquals("true", browser.find("button.theme-toggle").getDomAttribute("aria-pressed"));
    }

    @Test
    void pagesHaveTheContractsSkeleton() {
        browser.open(tocPage());
        List<String> missing = new ArrayList<>();
        for (String css : List.of("html[lang=en]", "header.site-header a.site-title",
                "main#main > article.doc", "article.doc nav.breadcrumbs > ol > li", "article.doc h1.doc-title",
                "article.doc div.doc-body", "nav.toc[aria-label='On this page'] > ul > li > a[href^='#']")) {
            if (browser.findAll(css).isEmpty()) {
                missing.add(css);
            }
        }
        assertTrue(missing.isEmpty(), () -> "missing on " + tocPage() + ": " + missing);
        String scripts = browser.findAll("script[src]").stream().map(s -> s.getDomAttribute("src"))
                .collect(Collectors.joining(" "));
        assertFalse(scripts.contains("//"), "every script comes from the site itself: " + scripts);
        assertNotNull(browser.script("return window.hljs"), "highlight.js is loaded from /assets/highlight/");
    }

    /**
     * A chosen tab is chosen in every group of its name: on the same page, after a reload, and on
     * another page; the choice made there comes back to the first page.
     */
    @Test
    void theChosenTabIsRememberedOnOtherPages() {
        TabPages pages = tabPages();
        browser.open(pages.first());
        List<WebElement> groups = tabGroups(pages.group(), pages.first());
        List<String> labels = tabLabels(groups.get(0));
        assertTrue(labels.size() >= 2, "tabs of group " + pages.group() + ": " + labels);
        assertEquals(List.of(labels.get(0)), selected(groups.get(0)), "with no choice stored the first tab is chosen");
        checkPanels(groups);

        String chosen = labels.get(1);
        groups.get(0).findElement(By.xpath(".//button[@role='tab'][normalize-space()='" + chosen + "']")).click();
        browser.waiting().until(d -> selected(groups.get(0)).equals(List.of(chosen)));
        assertChosenEverywhere(pages, pages.first(), chosen);
        assertEquals(chosen, browser.script("return localStorage.getItem(arguments[0])", "hyde-tabs:" + pages.group()));
        browser.reload();
        assertChosenEverywhere(pages, pages.first(), chosen);

        browser.open(pages.second());
        assertChosenEverywhere(pages, pages.second(), chosen);
        List<WebElement> there = tabGroups(pages.group(), pages.second());
        String other = tabLabels(there.get(0)).stream().filter(l -> !l.equals(chosen)).findFirst().orElseThrow();
        there.get(0).findElement(By.xpath(".//button[@role='tab'][normalize-space()='" + other + "']")).click();
        browser.waiting().until(d -> selected(there.get(0)).equals(List.of(other)));

        browser.open(pages.first());
        assertChosenEverywhere(pages, pages.first(), other);
    }

    private List<WebElement> tabGroups(String group, String page) {
        List<WebElement> groups = browser.findAll("div.tabs[data-group='" + group + "']");
        assertFalse(groups.isEmpty(), () -> "no tab group \"" + group + "\" (div.tabs[data-group]) on " + page
                + " (consecutive fences with tab=\"...\" group=\"" + group + "\"); its first code block is: "
                + browser.script("return (document.querySelector('.doc-body pre') || {}).outerHTML"));
        return groups;
    }

    private void assertChosenEverywhere(TabPages pages, String page, String label) {
        List<WebElement> groups = tabGroups(pages.group(), page);
        for (WebElement group : groups) {
            if (tabLabels(group).contains(label)) {
                assertEquals(List.of(label), selected(group), "tab chosen in a \"" + pages.group() + "\" group of " + page);
            }
        }
        checkPanels(groups);
    }

    private static List<String> tabLabels(WebElement group) {
        return group.findElements(By.cssSelector(".tab-list[role=tablist] > button[role=tab]")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> selected(WebElement group) {
        return group.findElements(By.cssSelector("button[role=tab][aria-selected=true]")).stream()
                .map(WebElement::getText).toList();
    }

    /** Each tab controls its panel, labelled by the tab; only the chosen tab's panel shows. */
    private void checkPanels(List<WebElement> groups) {
        List<String> wrong = new ArrayList<>();
        for (WebElement group : groups) {
            for (WebElement tab : group.findElements(By.cssSelector("button[role=tab]"))) {
                String id = tab.getDomAttribute("aria-controls");
                List<WebElement> panels = browser.findAll("[id='" + id + "']");
                if (panels.size() != 1) {
                    wrong.add("tab " + tab.getText() + " controls #" + id + ", which " + panels.size() + " elements have as id");
                    continue;
                }
                WebElement panel = panels.get(0);
                if (!"tabpanel".equals(panel.getDomAttribute("role"))
                        || !String.valueOf(tab.getDomAttribute("id")).equals(panel.getDomAttribute("aria-labelledby"))) {
                    wrong.add("tab " + tab.getText() + " and its panel #" + id + " do not name each other");
                }
                boolean chosen = "true".equals(tab.getDomAttribute("aria-selected"));
                if (chosen != panel.isDisplayed() || chosen == (panel.getDomAttribute("hidden") != null)) {
                    wrong.add("tab " + tab.getText() + (chosen ? " is chosen but its panel is hidden"
                            : " is not chosen but its panel shows"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    static String slug(String page) {
        String trimmed = page.replaceAll("^/|/$", "");
        return trimmed.isEmpty() ? "index" : trimmed.replaceAll("[^A-Za-z0-9.-]+", "-");
    }
}
