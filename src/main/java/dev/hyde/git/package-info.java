/**
 * Running git in the project, for what the site takes from its history (pages' "last updated"
 * dates, {@code site.github}) and for the build cache (the commit those come from). Below every
 * package that asks git something.
 */
package dev.hyde.git;
