package dev.hyde.plugins;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * Writes a generated XML file (feed, sitemap) with the JDK's XML writer, so that what is escaped
 * is what XML defines: {@code &amp; &lt; &gt; &quot;} and nothing of HTML's ({@code &nbsp;} is not
 * an XML entity). Characters that XML 1.0 cannot hold at all (most control characters, lone
 * surrogates) are dropped, since no escape can carry them and one would make the file unreadable.
 */
final class XmlFile {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    XmlFile() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer is unavailable", e);
        }
    }

    /** Opens an element; the namespace, if not null, is written as its default namespace. */
    XmlFile open(String name, String namespace) {
        return write(() -> {
            xml.writeStartElement(name);
            if (namespace != null) {
                xml.writeDefaultNamespace(namespace);
            }
        });
    }

    XmlFile open(String name) {
        return open(name, null);
    }

    XmlFile attribute(String name, String value) {
        return write(() -> xml.writeAttribute(name, legal(value)));
    }

    XmlFile text(String text) {
        return write(() -> xml.writeCharacters(legal(text)));
    }

    /** An element holding only text: {@code <name>text</name>}. */
    XmlFile element(String name, String text) {
        return open(name).text(text).close();
    }

    XmlFile close() {
        return write(xml::writeEndElement);
    }

    /** A line break between elements, for files people also read. */
    XmlFile newline() {
        return write(() -> xml.writeCharacters("\n"));
    }

    /** Closes every open element and returns the document. */
    String finish() {
        write(xml::writeEndDocument);
        write(xml::close);
        return out.toString();
    }

    /** Keeps only the characters XML 1.0 allows (its {@code Char} production). */
    static String legal(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (kept != null) {
                    kept.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private XmlFile write(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // Only a misuse of the writer by this package can fail: the text is made legal first.
            throw new IllegalStateException(e);
        }
        return this;
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
