/**
 * The build pipeline. Every page goes through the same stages, each with one entry point:
 *
 * <pre>
 * scan      source.SourceScanner        walk content/, split front matter, skip drafts and excluded files
 * liquid    liquid.LiquidEngine         Jekyll-flavoured Liquid over the body: site.*, page.*, include, ...
 * markdown  markdown.MarkdownRenderer   Markdown pages to an HTML fragment (kramdown-compatible output)
 * sass      pipeline.SassStage          Sass and SCSS pages to CSS (instead of markdown)
 * post      post.PostProcessor          heading anchors and the TOC, from the fragment (none in a Jekyll site)
 * layout    layout.LayoutStage          the page's layout chain (FreeMarker .ftlh, Liquid .html)
 * post      post.HtmlPostProcessing     base URL on root-relative links; links and ids collected
 * write     output.OutputSink           into a staging directory swapped in when the build succeeded
 *                                       (output.StagedDirectory), or memory (output.MemoryOutput)
 * links     pipeline.LinkCheckStage     every internal link and anchor of the written site checked,
 *                                       each broken one reported at the source line that wrote it
 * </pre>
 *
 * {@link dev.hyde.pipeline.SiteBuilder} runs them for a build: configuration ({@code config}), data
 * ({@code data}) and layouts are read once ({@link dev.hyde.pipeline.SiteLoader},
 * {@link dev.hyde.pipeline.PageRenderer#create}); pages render in parallel against the one immutable
 * {@code Site} ({@link dev.hyde.pipeline.SiteWriter}), Jekyll's collection documents first; every
 * problem becomes a {@code diag.Diagnostic} and all of them are reported together. The preview
 * server's {@code serve.LiveSite} runs the same stages over the pages an edit reaches, reading
 * again, through {@link dev.hyde.pipeline.SiteLoader}'s steps, only the parts the edit changed.
 * The stages of one page, from liquid to post, are one sequence: {@code PageRenderer.stages}.
 */
package dev.hyde.pipeline;
