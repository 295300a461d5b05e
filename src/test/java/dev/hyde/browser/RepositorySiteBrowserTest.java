package dev.hyde.browser;

import java.nio.file.Path;

/** This repository's own site (content/, templates/, _data/ at the project root) in the browser. */
class RepositorySiteBrowserTest extends ThemeContractTest {
    @Override
    BuiltSite buildSite() {
        return BuiltSite.build("repository", Path.of(""));
    }

    @Override
    String nestedPage() {
        return "/guide/writing-content/";
    }

    @Override
    String tocPage() {
        return "/troubleshooting/";
    }

    @Override
    String codePage() {
        return "/troubleshooting/";
    }

    @Override
    String otherPage() {
        return "/guide/getting-started/";
    }

    @Override
    TabPages tabPages() {
        return new TabPages("build", "/guide/writing-content/", "/guide/preview-server/");
    }
}
