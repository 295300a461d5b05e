package dev.hyde.links;

import dev.hyde.html.HtmlLink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A page's links, held from when the page is written until the whole site is known and they are
 * checked. As {@link HtmlLink}s they cost about 160 bytes each (the record, and its own copies of
 * the URL as read and as written), 40 links a page, 700 MB for a site of 100,000 pages. Here what
 * a link is (element, attribute, URL) is the site's one copy of it, since navigation and
 * cross-references repeat the same links on every page, and where it is sits in an array of
 * numbers: 16 bytes a link.
 */
public final class PackedLinks {
    private static final int NUMBERS = 3;

    /** Per link: what it is. */
    private final Form[] forms;
    /** Per link: offset, line, column. */
    private final int[] numbers;

    private PackedLinks(Form[] forms, int[] numbers) {
        this.forms = forms;
        this.numbers = numbers;
    }

    /** A link apart from where it is on its page. */
    private record Form(String element, String attribute, String value, String written) {
        static Form of(HtmlLink link) {
            return new Form(link.element(), link.attribute(), link.value(),
                    link.written().equals(link.value()) ? link.value() : link.written());
        }
    }

    /** The one copy of each link's form, shared by the pages of a site. Thread-safe. */
    public static final class Forms {
        private final ConcurrentMap<Form, Form> copies = new ConcurrentHashMap<>();

        private Form of(HtmlLink link) {
            Form form = Form.of(link);
            // looked up before it is added: nearly every form is already there, and a read takes no lock
            Form known = copies.get(form);
            if (known != null) {
                return known;
            }
            Form raced = copies.putIfAbsent(form, form);
            return raced == null ? form : raced;
        }
    }

    /**
     * A page's links packed on their own, for a page checked as soon as it is read and let go
     * after: sharing their forms would keep every one of them to the end of the check.
     */
    public static PackedLinks unshared(List<HtmlLink> links) {
        return of(links, null);
    }

    /** @param shared the site's copies of the forms, or null to share none */
    public static PackedLinks of(List<HtmlLink> links, Forms shared) {
        Form[] forms = new Form[links.size()];
        int[] numbers = new int[links.size() * NUMBERS];
        for (int i = 0; i < links.size(); i++) {
            HtmlLink link = links.get(i);
            forms[i] = shared == null ? Form.of(link) : shared.of(link);
            numbers[i * NUMBERS] = link.offset();
            numbers[i * NUMBERS + 1] = link.line();
            numbers[i * NUMBERS + 2] = link.column();
        }
        return new PackedLinks(forms, numbers);
    }

    /** The links again, in document order. */
    public List<HtmlLink> links() {
        List<HtmlLink> links = new ArrayList<>(forms.length);
        for (int i = 0; i < forms.length; i++) {
            Form form = forms[i];
            links.add(new HtmlLink(form.element(), form.attribute(), form.value(), form.written(),
                    numbers[i * NUMBERS], numbers[i * NUMBERS + 1], numbers[i * NUMBERS + 2]));
        }
        return links;
    }

    public int size() {
        return forms.length;
    }
}
