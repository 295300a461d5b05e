package dev.hyde.markdown;

import java.util.Map;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Kramdown aligns table cells with {@code style="text-align: ..."}; commonmark writes the
 * obsolete {@code align} attribute, which the site's stylesheets were never written against.
 */
final class TableCellAlignment implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TableCell) {
            String align = attributes.remove("align");
            if (align != null) {
                attributes.put("style", "text-align: " + align);
            }
        }
    }
}
