package dev.hyde.model;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A source page after scanning: its front matter parsed, its body not yet rendered. In a Jekyll
 * site, documents of collections (posts included) are pages too, with their collection's label.
 *
 * @param source      the file it came from
 * @param contentPath its path below the content folder (a Jekyll site's root), with forward
 *                    slashes ({@code docs/a.md}, {@code _posts/2017-05-24-hello.md})
 * @param frontMatter the parsed front matter, with defaults applied
 * @param text        the text after the front matter, in memory or read again from the file
 * @param bodyLine    the file line where the body starts, to report body errors at file lines
 * @param url         the URL it is published at, e.g. {@code /troubleshooting/}
 * @param outputPath  the file it is written to, relative to the site root
 * @param collection  the Jekyll collection it belongs to, empty for a plain page
 * @param date        its date: from front matter, or a post's file name
 * @param written     false for documents of a collection that is not output: rendered, listed, not written
 */
public record Page(SourceFile source, String contentPath, FrontMatter frontMatter, PageBody text, int bodyLine,
                   String url, String outputPath, String collection, Optional<ZonedDateTime> date,
                   boolean written) implements ContentFile {

    /** A page whose body is held in memory. */
    public Page(SourceFile source, String contentPath, FrontMatter frontMatter, String body, int bodyLine,
                String url, String outputPath, String collection, Optional<ZonedDateTime> date, boolean written) {
        this(source, contentPath, frontMatter, PageBody.of(body), bodyLine, url, outputPath, collection, date, written);
    }

    /** A plain page, written to {@code outputPath}. */
    public Page(SourceFile source, String contentPath, FrontMatter frontMatter, String body, int bodyLine,
                String url, String outputPath) {
        this(source, contentPath, frontMatter, body, bodyLine, url, outputPath, "", Optional.empty(), true);
    }

    /**
     * The text after the front matter.
     *
     * @throws dev.hyde.diag.DiagnosticException when it is read again from a file changed since the scan
     */
    public String body() {
        return text.text();
    }

    /** Markdown pages are rendered to HTML; other pages (HTML, XML, ...) only go through Liquid. */
    public boolean isMarkdown() {
        String ext = source.extension();
        return ext.equals("md") || ext.equals("markdown") || ext.equals("mkd") || ext.equals("mkdn");
    }

    /** Sass and SCSS pages are compiled to CSS. */
    public boolean isSass() {
        String ext = source.extension();
        return ext.equals("scss") || ext.equals("sass");
    }

    /** Pages published as HTML get HTML post-processing; feeds, JSON and the like are left as rendered. */
    public boolean isHtmlOutput() {
        return outputPath.endsWith(".html") || outputPath.endsWith(".htm");
    }

    public boolean isDocument() {
        return !collection.isEmpty();
    }

    /** The same page with another body: a post's excerpt is rendered this way. */
    public Page withBody(String newBody) {
        return new Page(source, contentPath, frontMatter, newBody, bodyLine, url, outputPath, collection, date, written);
    }

    /** The same page published elsewhere: the second and later pages of a paginated list. */
    public Page withRoute(String newUrl, String newOutputPath) {
        return new Page(source, contentPath, frontMatter, text, bodyLine, newUrl, newOutputPath, collection, date,
                written);
    }
}
