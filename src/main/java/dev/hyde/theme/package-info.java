/**
 * Hyde's built-in documentation theme, shipped in the jar: layouts, assets and the pages a
 * docs site needs (404). A Hyde project uses it wherever it has no file of the same name: its
 * own {@code templates/default.ftlh} or {@code templates/assets/css/hyde.css} replaces the
 * theme's, file by file.
 */
package dev.hyde.theme;
