/**
 * Reading HTML as a browser does: every link, id and heading of a page, with where it is written.
 *
 * <pre>
 * HtmlScanner   parses a page once (jsoup's HTML5 parser, positions tracked) and returns a ScannedHtml
 * ScannedHtml   the page's links, ids and headings, in document order
 * HtmlLink      one URL in an attribute (href, src, srcset candidate, meta refresh ...)
 * HtmlId        one fragment target (an id, or a's legacy name)
 * HtmlHeading   one heading with an id, and where its closing tag starts
 * PrefixedLinks the base URL put before root-relative links, the scan moved along
 * AnchoredScan  a body's scan moved along after heading anchors were inserted
 * SplicedScan   a finished page's scan made from its body's scan and a scan of the layout around it
 * </pre>
 *
 * Comments, attribute values that look like tags, unquoted attributes and raw-text elements are
 * read as the HTML standard says, never matched with patterns.
 */
package dev.hyde.html;
