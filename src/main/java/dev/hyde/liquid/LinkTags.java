package dev.hyde.liquid;

import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * Jekyll's {@code {% link path %}} and {@code {% post_url name %}}: the URL (with the base URL,
 * as Jekyll 4 gives it) of the page, document, post or static file at a source path, read from
 * the site view, so that a link breaks the build when its target moves instead of silently.
 */
final class LinkTags {

    private LinkTags() {
    }

    static Tag link() {
        return new Tag("link") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String written = argument(context, nodes);
                String path = ContextValues.interpolate(written, context).strip();
                String withSlash = path.startsWith("/") ? path : "/" + path;
                Map<?, ?> site = ContextValues.map(context.get("site"));
                for (String list : List.of("pages", "documents", "static_files")) {
                    for (Object item : ContextValues.list(site.get(list))) {
                        Map<?, ?> file = ContextValues.map(item);
                        String relative = ContextValues.text(file.get(list.equals("documents") ? "relative_path" : "path"));
                        if (relative.equals(path) || relative.equals(withSlash)) {
                            String url = ContextValues.text(file.get(list.equals("static_files") ? "path" : "url"));
                            return ContextValues.text(site.get("baseurl")) + url;
                        }
                    }
                }
                throw new TagProblem("link", written, "Link target not found: " + path,
                        "{% link " + path + " %} names no page, document or file of the site.",
                        "Give the path of the source file from the site's root, with its extension "
                                + "(e.g. _docs/install.md or about.md).");
            }
        };
    }

    static Tag postUrl() {
        return new Tag("post_url") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String written = argument(context, nodes);
                String name = ContextValues.interpolate(written, context).strip();
                String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
                String file = name.substring(folder.length());
                Map<?, ?> site = ContextValues.map(context.get("site"));
                for (Object item : ContextValues.list(site.get("posts"))) {
                    Map<?, ?> post = ContextValues.map(item);
                    String relative = ContextValues.text(post.get("relative_path"));
                    String base = relative.substring(relative.lastIndexOf('/') + 1);
                    int dot = base.lastIndexOf('.');
                    String stem = dot > 0 ? base.substring(0, dot) : base;
                    String inPosts = relative.startsWith("_posts/") ? relative.substring("_posts/".length()) : relative;
                    String postFolder = inPosts.contains("/") ? inPosts.substring(0, inPosts.lastIndexOf('/') + 1) : "";
                    if (stem.equals(file) && (folder.isEmpty() || folder.replaceFirst("^/", "").equals(postFolder))) {
                        return ContextValues.text(site.get("baseurl")) + ContextValues.text(post.get("url"));
                    }
                }
                throw new TagProblem("post_url", written, "Post not found: " + name,
                        "{% post_url " + name + " %} names no post of the site.",
                        "Give the post's file name without its extension, e.g. 2017-07-11-release-notes, "
                                + "with its folder below _posts/ if it is in one.");
            }
        };
    }

    private static String argument(TemplateContext context, LNode... nodes) {
        StringBuilder text = new StringBuilder();
        for (LNode node : nodes) {
            text.append(node.render(context));
        }
        return text.toString().strip();
    }
}
