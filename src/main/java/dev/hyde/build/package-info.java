/**
 * The build pipeline. Every page goes through the same stages, each with one entry point:
 *
 * <pre>
 * scan      source.SourceScanner        walk content/, split front matter, skip drafts and excluded files
 * liquid    liquid.LiquidEngine         Jekyll-flavoured Liquid over the body: site.*, page.*, include, ...
 * markdown  markdown.MarkdownRenderer   Markdown pages to an HTML fragment (kramdown-compatible output)
 * post      post.HtmlPostProcessing     heading anchors and the TOC, from the fragment
 * layout    layout.FreemarkerLayouts    the page's layout chain (FreeMarker .ftlh)
 * post      post.HtmlPostProcessing     base URL on root-relative links; links and ids collected
 * write     output.StagedDirectory      into a staging directory, swapped in when the build succeeded
 * </pre>
 *
 * {@link dev.hyde.build.SiteBuilder} runs them: configuration ({@code config}), data ({@code data})
 * and layouts are read once; pages render in parallel against the one immutable {@code Site};
 * every problem becomes a {@code diag.Diagnostic} and all of them are reported together.
 */
package dev.hyde.build;
