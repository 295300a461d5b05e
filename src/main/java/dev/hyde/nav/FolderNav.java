package dev.hyde.nav;

import dev.hyde.diag.Diagnostic;
import dev.hyde.model.Page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The sidebar as the folder tree gives it: each folder is a section, titled and ordered by its
 * {@code index.md}; entries sort by front matter {@code order}, then by label. The home page
 * (the root {@code index}) comes first.
 */
final class FolderNav {
    private FolderNav() {
    }

    /** One folder while the tree is built: its index page, its pages and its sub-folders. */
    private static final class Folder {
        final String name;
        Page index;
        final List<Page> pages = new ArrayList<>();
        final Map<String, Folder> folders = new TreeMap<>();

        Folder(String name) {
            this.name = name;
        }
    }

    /** An entry before sorting, with what it sorts by and where its order was written. */
    private record Sortable(NavItem item, Optional<Integer> order, Page orderedBy) {
    }

    static List<NavItem> build(List<Page> pages, Consumer<Diagnostic> warnings) {
        Folder root = new Folder("");
        for (Page page : pages) {
            String path = page.contentPath();
            String[] parts = path.split("/");
            Folder folder = root;
            for (int i = 0; i < parts.length - 1; i++) {
                folder = folder.folders.computeIfAbsent(parts[i], Folder::new);
            }
            if (page.source().baseName().equals("index") && folder.index == null) {
                folder.index = page;
            } else {
                folder.pages.add(page);
            }
        }
        List<NavItem> top = new ArrayList<>();
        if (root.index != null) {
            top.add(NavItem.page(Labels.of(root.index), root.index.url()));
        }
        top.addAll(entries(root, warnings));
        return top;
    }

    private static List<NavItem> entries(Folder folder, Consumer<Diagnostic> warnings) {
        List<Sortable> entries = new ArrayList<>();
        for (Page page : folder.pages) {
            entries.add(new Sortable(NavItem.page(Labels.of(page), page.url()), page.frontMatter().order(), page));
        }
        for (Folder sub : folder.folders.values()) {
            List<NavItem> children = new ArrayList<>();
            if (sub.index != null) {
                // The section's title is on its summary already; its page is the section's overview.
                children.add(NavItem.page(Labels.ofSectionPage(sub.index), sub.index.url()));
            }
            children.addAll(entries(sub, warnings));
            if (children.isEmpty()) {
                continue;
            }
            String label = sub.index != null ? Labels.of(sub.index) : Labels.fromName(sub.name);
            String url = sub.index != null ? sub.index.url() : "";
            entries.add(new Sortable(NavItem.section(label, url, children),
                    sub.index != null ? sub.index.frontMatter().order() : Optional.empty(), sub.index));
        }
        warnSharedOrders(entries, folder, warnings);
        entries.sort(Comparator.comparing((Sortable s) -> s.order().isEmpty())
                .thenComparing(s -> s.order().orElse(0))
                .thenComparing(s -> s.item().label().toLowerCase(Locale.ROOT))
                .thenComparing(s -> s.item().url()));
        return entries.stream().map(Sortable::item).toList();
    }

    /** Two entries of one section with the same order sort by label, which is rarely what was meant. */
    private static void warnSharedOrders(List<Sortable> entries, Folder folder, Consumer<Diagnostic> warnings) {
        Map<Integer, Sortable> seen = new TreeMap<>();
        for (Sortable entry : entries) {
            if (entry.order().isEmpty()) {
                continue;
            }
            Sortable earlier = seen.putIfAbsent(entry.order().get(), entry);
            if (earlier != null) {
                Page page = entry.orderedBy();
                warnings.accept(Diagnostic.warning("Two pages share order " + entry.order().get())
                        .at(page.source().relativePath(), page.frontMatter().orderLine())
                        .detail("%s and %s both have 'order: %d' in the section %s, so the sidebar sorts them by title.",
                                earlier.orderedBy().source().relativePath(), page.source().relativePath(),
                                entry.order().get(), folder.name.isEmpty() ? "at the top" : "'" + folder.name + "'")
                        .hint("Give each page of a section its own order.").build());
            }
        }
    }
}
