package dev.hyde.browser;

import dev.hyde.TestSite;

import java.util.List;

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

    @Override
    TabPages tabPages() {
        return new TabPages("os", "/guide/install/", "/guide/advanced/tuning/");
    }
}
