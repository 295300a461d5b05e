package dev.hyde.browser;

import dev.hyde.TestSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small project of nested folders on the built-in theme (it has no templates/ of its own):
 * sections two deep, a long page for the table of contents, code, and tabs of one group on two pages.
 */
class NestedProjectBrowserTest extends ThemeContractTest {
    private static final String LONG_SECTION = """
            Paragraph one of this section, long enough to take some room on the page and push the next
            heading further down, so that clicking a link of the table of contents has to scroll.

            Paragraph two of this section. Tuning is a matter of measuring first, changing one thing,
            and measuring again; the numbers below are examples only.

            Paragraph three of this section, so that each heading is well apart from the next one and
            the scroll spy has a single heading in view.
            """;

    @Override
    BuiltSite buildSite() {
        String tuning = "---\ntitle: Tuning\norder: 1\n---\nHow to tune the service.\n\n"
                + "```bash\nexport WORKERS=4\nhyde build --verbose\n```\n\n"
                + tabs("Install the tuning tool.")
                + String.join("", List.of("Threads", "Memory", "Caches", "Timeouts", "Logging", "Metrics").stream()
                .map(h -> "## " + h + "\n\n" + LONG_SECTION + "\n### " + h + " in detail\n\n" + LONG_SECTION + "\n")
                .toList());
        return BuiltSite.build("nested", TestSite.write("""
                -- _config.yml --
                title: Nested Docs
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome to the nested documentation.
                -- content/guide/index.md --
                ---
                title: Guide
                order: 1
                ---
                The guide.
                -- content/guide/install.md --
                ---
                title: Install
                order: 1
                ---
                ## Download

                Get the archive.

                """ + tabs("Run the installer.") + """
                ## Check

                ```text
                hyde --version
                ```
                -- content/guide/advanced/index.md --
                ---
                title: Advanced
                order: 2
                ---
                Advanced topics.
                -- content/guide/advanced/tuning.md --
                """ + tuning + """
                -- content/reference/index.md --
                ---
                title: Reference
                order: 2
                ---
                The reference.
                -- content/reference/cli.md --
                ---
                title: Command line
                ---
                ## Options

                ```text
                hyde build [PROJECT_DIR]
                ```
                """));
    }

    /** One tab group "os", Linux first: the same group on two pages. */
    private static String tabs(String lead) {
        return lead + "\n\n"
                + "```bash tab=\"Linux\" group=\"os\"\nsudo apt-get install hyde\n```\n\n"
                + "```bash tab=\"macOS\" group=\"os\"\nbrew install hyde\n```\n\n";
    }

    @Override
    String nestedPage() {
        return "/guide/advanced/tuning/";
    }

    @Override
    String tocPage() {
        return "/guide/advanced/tuning/";
    }

    @Override
    String codePage() {
        return "/guide/advanced/tuning/";
    }

    @Override
    String otherPage() {
        return "/guide/install/";
    }

    @Test
    void theChosenTabIsRememberedOnOtherPages() {
        browser.open("/guide/install/");
        List<WebElement> groups = browser.findAll("div.tabs[data-group=os]");
        assertEquals(1, groups.size(), () -> "tab groups \"os\" on /guide/install/ (consecutive fences with"
                + " tab=\"...\" group=\"os\"); its first code block is: "
                + browser.script("return document.querySelector('.doc-body pre').outerHTML"));
        WebElement group = groups.get(0);
        assertEquals(List.of("Linux", "macOS"), tabLabels(group));
        assertEquals(List.of("Linux"), selected(group), "the first tab is chosen at first");
        checkPanels(group);

        WebElement mac = group.findElement(By.xpath(".//button[@role='tab'][normalize-space()='macOS']"));
        mac.click();
        browser.waiting().until(d -> selected(group).equals(List.of("macOS")));
        checkPanels(group);
        assertEquals("macOS", browser.script("return localStorage.getItem('hyde-tabs:os')"));

        browser.open("/guide/advanced/tuning/");
        WebElement other = browser.find("div.tabs[data-group=os]");
        assertEquals(List.of("macOS"), selected(other), "the choice made on another page");
        checkPanels(other);
        assertTrue(other.findElement(By.cssSelector("[role=tabpanel]:not([hidden])")).getText().contains("brew install hyde"));
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
    private void checkPanels(WebElement group) {
        List<String> wrong = new ArrayList<>();
        for (WebElement tab : group.findElements(By.cssSelector("button[role=tab]"))) {
            String id = tab.getDomAttribute("aria-controls");
            WebElement panel = browser.driver().findElement(By.id(id));
            if (!"tabpanel".equals(panel.getDomAttribute("role"))
                    || !tab.getDomAttribute("id").equals(panel.getDomAttribute("aria-labelledby"))) {
                wrong.add("tab " + tab.getText() + " and its panel #" + id + " do not name each other");
            }
            boolean chosen = "true".equals(tab.getDomAttribute("aria-selected"));
            if (chosen != panel.isDisplayed() || chosen == (panel.getDomAttribute("hidden") != null)) {
                wrong.add("tab " + tab.getText() + (chosen ? " is chosen but its panel is hidden"
                        : " is not chosen but its panel shows"));
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }
}
