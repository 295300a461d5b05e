package dev.hyde.model;

/**
 * A source page after scanning: its front matter parsed, its body not yet rendered.
 *
 * @param source     the file it came from
 * @param contentPath its path below the content folder, with forward slashes ({@code docs/a.md})
 * @param frontMatter the parsed front matter
 * @param body       the text after the front matter
 * @param bodyLine   the file line where the body starts, to report body errors at file lines
 * @param url        the URL it is published at, e.g. {@code /troubleshooting/}
 * @param outputPath the file it is written to, relative to the site root
 */
public record Page(SourceFile source, String contentPath, FrontMatter frontMatter, String body, int bodyLine,
                   String url, String outputPath) implements ContentFile {

    /** Markdown pages are rendered to HTML; other pages (HTML, XML, ...) only go through Liquid. */
    public boolean isMarkdown() {
        String ext = source.extension();
        return ext.equals("md") || ext.equals("markdown");
    }

    /** Pages published as HTML get HTML post-processing; feeds, JSON and the like are left as rendered. */
    public boolean isHtmlOutput() {
        return outputPath.endsWith(".html") || outputPath.endsWith(".htm");
    }
}
