/**
 * Site navigation for the built-in docs theme: the sidebar tree (from the folder tree, or by hand
 * from {@code _data/nav.yml}), and for each page its breadcrumbs, previous and next pages.
 */
package dev.hyde.nav;
