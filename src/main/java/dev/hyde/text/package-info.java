/**
 * Reading the project's text files: strictly UTF-8, with a diagnostic naming the first bad byte;
 * buffers for building one text out of another; Ruby's whitespace, which Jekyll's rules mean; a
 * quick 64-bit hash of texts, to tell whether what a build saw changed; and texts as the build
 * cache's binary files hold them.
 * Below every package that reads sources (configuration, pages, data, templates), so that none of
 * them needs another for it.
 */
package dev.hyde.text;
