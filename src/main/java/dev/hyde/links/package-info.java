/**
 * Checking links: whether each URL of a built site leads to a file and, with a fragment, to an id
 * of that page; and where the URL was written.
 *
 * <pre>
 * LinkResolver     a written URL to a target: a path in the site, another site, outside the base URL, ignored
 * SiteFiles        every file of the site and each page's ids; a path to the file a static server serves
 * LinkChecker      the broken links of one page, with a "did you mean" from Suggestions
 * SourceLocator    the source file, line and column that wrote a URL (page, includes, layouts, data, config)
 * BrokenLinkHints  the hint of each kind of problem, shared by the build and hyde check
 * FolderCheck      hyde check: a folder already built, reported by built file and line
 * external         other sites' links, requested politely, with a cache (hyde check --external)
 * </pre>
 *
 * The build's stage that uses them is {@code pipeline.LinkCheckStage}; the pages' links and ids come
 * from {@code html.HtmlScanner}.
 */
package dev.hyde.links;
