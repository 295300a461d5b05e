package dev.hyde.nav;

import dev.hyde.model.Page;

import java.util.Locale;

/** What the sidebar calls a page: its {@code nav_title}, else its title, else its file name. */
final class Labels {
    private Labels() {
    }

    static String of(Page page) {
        java.util.Optional<String> navTitle = navTitle(page);
        if (navTitle.isPresent()) {
            return navTitle.get();
        }
        String title = page.frontMatter().title();
        if (!title.isBlank()) {
            return title.strip();
        }
        return fromName(page.source().baseName().equals("index") ? parentName(page) : page.source().baseName());
    }

    /** A section's own page in the sidebar: its {@code nav_title}, else "Overview". */
    static String ofSectionPage(Page index) {
        return navTitle(index).orElse("Overview");
    }

    private static java.util.Optional<String> navTitle(Page page) {
        Object navTitle = page.frontMatter().values().get("nav_title");
        return navTitle instanceof String s && !s.isBlank() ? java.util.Optional.of(s.strip()) : java.util.Optional.empty();
    }

    /** {@code getting-started} reads as "Getting started". */
    static String fromName(String name) {
        String words = name.replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) {
            return "Home";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String parentName(Page page) {
        String path = page.contentPath();
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = path.substring(0, slash);
        return folder.substring(folder.lastIndexOf('/') + 1);
    }
}
