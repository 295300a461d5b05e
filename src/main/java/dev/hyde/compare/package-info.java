/**
 * {@code hyde compare}: checks a migrated site against the site it replaces, page by page, by
 * what a reader sees rather than by markup, since two generators never write the same HTML.
 *
 * <pre>
 * ReaderView        one page as a reader sees it: words, title, heading ids, link targets
 * PageComparison    two views of the same page, criterion by criterion
 * WordDiff          the word-level differences behind the text criterion
 * SiteComparison    walks both folders, pairs pages by path, gives a ComparisonReport
 * TextReport        the report for a terminal or the Maven log
 * JsonReport        the report for tools (written with Jackson)
 * </pre>
 *
 * The CLI ({@code cli.CompareCommand}) and the Maven goal ({@code maven.CompareMojo}) only parse
 * their options and print.
 */
package dev.hyde.compare;
