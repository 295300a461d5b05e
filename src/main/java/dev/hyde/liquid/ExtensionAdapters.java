package dev.hyde.liquid;

import dev.hyde.extension.ExtensionException;
import dev.hyde.extension.Extensions;
import dev.hyde.extension.FilterExtension;
import dev.hyde.extension.TagCall;
import dev.hyde.extension.TagExtension;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;
import liqp.nodes.LNode;
import liqp.tags.Tag;

import java.util.Arrays;

/** The extensions' tags and filters as Liqp's, registered with the Liquid engine. */
final class ExtensionAdapters {

    private ExtensionAdapters() {
    }

    static TemplateParser.Builder register(TemplateParser.Builder builder, Extensions extensions) {
        for (TagExtension tag : extensions.tags()) {
            builder.withTag(tag(tag));
        }
        for (FilterExtension filter : extensions.filters()) {
            builder.withFilter(filter(filter));
        }
        return builder;
    }

    private static Tag tag(TagExtension extension) {
        return new Tag(extension.name()) {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String markup = nodes.length == 0 ? "" : String.valueOf(nodes[0].render(context));
                TagCall call = new TagCall(markup, name -> ContextValues.lookup(context, name));
                try {
                    String out = extension.render(call);
                    return out == null ? "" : out;
                } catch (ExtensionException e) {
                    throw new TagProblem(extension.name(), markup, "Tag " + extension.name() + " refused its input",
                            e.getMessage(), "The tag comes from an extension (" + extension.getClass().getName()
                            + "): see its documentation for what it takes.");
                } catch (RuntimeException e) {
                    throw new TagProblem(extension.name(), markup, "Tag " + extension.name() + " failed",
                            extension.getClass().getName() + " threw " + e,
                            "This is a fault in the extension, not in the page: report it to its authors.");
                }
            }
        };
    }

    private static Filter filter(FilterExtension extension) {
        return new Filter(extension.name()) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return extension.apply(value, Arrays.asList(params));
            }
        };
    }
}
