package dev.hyde.markdown;

import java.util.LinkedHashMap;
import java.util.Map;

import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * The classes and attributes kramdown's GFM parser puts on task lists, which themes style:
 * {@code task-list} on the list, {@code task-list-item} on items and
 * {@code task-list-item-checkbox} on the disabled checkbox.
 *
 * <p>Kramdown marks an item as soon as it or any earlier item of the same list is a task, so
 * a plain item after a task item is marked too; that is kept.
 */
final class TaskListAttributes implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof TaskListItemMarker marker && tagName.equals("input")) {
            Map<String, String> ordered = new LinkedHashMap<>();
            ordered.put("type", "checkbox");
            ordered.put("class", "task-list-item-checkbox");
            ordered.put("disabled", "disabled");
            if (marker.isChecked()) {
                ordered.put("checked", "checked");
            }
            attributes.clear();
            attributes.putAll(ordered);
        } else if (node instanceof ListItem item && taskSoFar(item)) {
            attributes.put("class", "task-list-item");
        } else if (node instanceof ListBlock list && hasTask(list)) {
            attributes.put("class", "task-list");
        }
    }

    private static boolean taskSoFar(ListItem item) {
        for (Node n = item; n != null; n = n.getPrevious()) {
            if (n instanceof ListItem previous && isTask(previous)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTask(ListBlock list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item && isTask(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTask(ListItem item) {
        Node first = item.getFirstChild();
        if (first instanceof Paragraph paragraph) {
            first = paragraph.getFirstChild();
        }
        return first instanceof TaskListItemMarker;
    }
}
