package dev.hyde.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Footnotes in kramdown's markup ({@code fnref:NAME} / {@code fn:NAME} ids, a
 * {@code div.footnotes} at the end, "↩" back links), so existing deep links and footnote styles
 * keep working; commonmark's own renderer follows GitHub's markup instead.
 *
 * <p>Numbers follow the order of first reference; a note referenced again gets
 * {@code fnref:NAME:1}, {@code :2}... and one extra back link per repeat. Notes never referenced
 * are dropped. One instance per rendered page.
 */
final class KramdownFootnotes implements NodeRenderer {

    private static final String NBSP = "\u00A0";
    private static final String BACKLINK = "\u21A9";

    private static final class Note {
        final String label;
        final FootnoteDefinition definition;
        final int number;
        int repeats;

        Note(String label, FootnoteDefinition definition, int number) {
            this.label = label;
            this.definition = definition;
            this.number = number;
        }
    }

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Map<String, FootnoteDefinition> definitions = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, Note> notesByLabel = new HashMap<>();

    KramdownFootnotes(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FootnoteReference.class, FootnoteDefinition.class);
    }

    @Override
    public void beforeRoot(Node root) {
        collectDefinitions(root);
    }

    private void collectDefinitions(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteDefinition definition) {
                definitions.putIfAbsent(definition.getLabel(), definition);
            }
            collectDefinitions(child);
        }
    }

    @Override
    public void render(Node node) {
        if (node instanceof FootnoteReference reference) {
            renderReference(reference);
        }
        // definitions are moved to the end of the page, see afterRoot
    }

    private void renderReference(FootnoteReference reference) {
        String label = reference.getLabel();
        FootnoteDefinition definition = definitions.get(label);
        if (definition == null) {
            html.text("[^" + label + "]");
            return;
        }
        Note note = notesByLabel.get(label);
        String repeat = "";
        if (note == null) {
            note = new Note(label, definition, notes.size() + 1);
            notes.add(note);
            notesByLabel.put(label, note);
        } else {
            note.repeats++;
            repeat = ":" + note.repeats;
        }
        html.tag("sup", attributes("id", "fnref:" + label + repeat, "role", "doc-noteref"));
        html.tag("a", attributes("href", "#fn:" + label, "class", "footnote", "rel", "footnote"));
        html.text(String.valueOf(note.number));
        html.tag("/a");
        html.tag("/sup");
    }

    @Override
    public void afterRoot(Node root) {
        if (notes.isEmpty()) {
            return;
        }
        html.line();
        html.tag("div", attributes("class", "footnotes", "role", "doc-endnotes"));
        html.line();
        html.tag("ol");
        html.line();
        // rendering a note can reference a further note, which then joins the list
        for (int i = 0; i < notes.size(); i++) {
            renderNote(notes.get(i));
        }
        html.tag("/ol");
        html.line();
        html.tag("/div");
        html.line();
    }

    private void renderNote(Note note) {
        html.tag("li", attributes("id", "fn:" + note.label, "role", "doc-endnote"));
        html.line();
        Node last = note.definition.getLastChild();
        for (Node child = note.definition.getFirstChild(); child != null; child = child.getNext()) {
            if (child == last && child instanceof Paragraph) {
                html.tag("p");
                for (Node inline = child.getFirstChild(); inline != null; inline = inline.getNext()) {
                    context.render(inline);
                }
                backlinks(note, true);
                html.tag("/p");
                html.line();
            } else {
                context.render(child);
            }
        }
        if (!(last instanceof Paragraph)) {
            html.tag("p");
            backlinks(note, false);
            html.tag("/p");
            html.line();
        }
        html.tag("/li");
        html.line();
    }

    private void backlinks(Note note, boolean afterText) {
        if (afterText) {
            html.text(NBSP);
        }
        backlink("#fnref:" + note.label, null);
        for (int i = 1; i <= note.repeats; i++) {
            html.text(NBSP);
            backlink("#fnref:" + note.label + ":" + i, String.valueOf(i + 1));
        }
    }

    private void backlink(String href, String sup) {
        html.tag("a", attributes("href", href, "class", "reversefootnote", "role", "doc-backlink"));
        html.text(BACKLINK);
        if (sup != null) {
            html.tag("sup");
            html.text(sup);
            html.tag("/sup");
        }
        html.tag("/a");
    }

    private static Map<String, String> attributes(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
