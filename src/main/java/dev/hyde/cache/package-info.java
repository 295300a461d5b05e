/**
 * The build cache: a build whose inputs are all as they were at the last successful build leaves
 * the site as it is, instead of building the same bytes again. Inputs are compared by content
 * hashes (never by modification times), together with Hyde's own code, the build's options and
 * the git commit the site's dates come from; a build whose output depends on the time of day is
 * never taken from the cache. A build with changes keeps what it can of the last one: the pages
 * whose inputs are as they were (their records), the front matter of files as they were, the
 * search index's postings and the link check's findings. The cache lives in the project's {@code .hyde/} folder, never in the
 * site.
 */
package dev.hyde.cache;
