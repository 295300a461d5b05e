package dev.hyde.nav;

/** A labelled link of a page's navigation: a breadcrumb, the previous or the next page. */
public record NavLink(String label, String url) {
}
