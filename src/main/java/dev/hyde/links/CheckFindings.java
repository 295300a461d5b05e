package dev.hyde.links;

import dev.hyde.html.HtmlId;
import dev.hyde.text.BinaryText;
import dev.hyde.text.TextHash;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a build's link check found on each page, for the next build to take for the pages it
 * keeps instead of checking their links again. What a page's check finds depends only on its
 * links (the same for a page kept), the site's files ({@link #files}) and the ids of the pages its
 * links' fragments point into (each page's {@link Page#targets}), so a kept page is checked again
 * only when one of those pages' ids changed, or the site's files did.
 *
 * @param files the path of every file of the site
 * @param pages what was found on each HTML page, by its file below the site root
 */
public record CheckFindings(Set<String> files, Map<String, Page> pages) {

    public CheckFindings {
        files = Set.copyOf(files);
        pages = Map.copyOf(pages);
    }

    /**
     * What the check found on one page.
     *
     * @param ids        a digest of the ids a link's fragment can point at on this page, and of
     *                   whether it is a redirect (whose fragments are not its own)
     * @param targets    the files whose ids its links' fragments were checked against
     * @param broken     its broken links
     * @param duplicates its ids used a second time
     * @param text       for a generated file (the shared navigation, a redirect, the sitemap), the
     *                   digest of its text ({@link #text}), which says whether it is the file checked;
     *                   empty for a page, whose record says that
     */
    public record Page(String ids, List<String> targets, List<Broken> broken, List<HtmlId> duplicates, String text) {
        public Page {
            targets = List.copyOf(targets);
            broken = List.copyOf(broken);
            duplicates = List.copyOf(duplicates);
        }
    }

    /**
     * A broken link of a page.
     *
     * @param link the link's place in the page's links, in document order
     */
    public record Broken(int link, BrokenLink.Problem problem, Optional<String> suggestion, boolean caseOnly) {

        public static Broken of(BrokenLink broken, int link) {
            return new Broken(link, broken.problem(), broken.suggestion(), broken.caseOnly());
        }

        /** The broken link again, on the page whose links are these. */
        public BrokenLink on(PageLinks page) {
            return new BrokenLink(page, page.links().get(link), problem, suggestion, caseOnly);
        }
    }

    /** The digest of a page's targets: its ids (in any order) and whether it is a redirect. */
    public static String ids(Collection<String> ids, boolean redirect) {
        return digest(ids, redirect ? "redirect" : "page");
    }

    /** The digest of a generated file's text. */
    public static String text(String text) {
        return new TextHash().text(text).hex();
    }

    private static String digest(Collection<String> items, String kind) {
        List<String> sorted = new ArrayList<>(items);
        sorted.sort(null);
        TextHash hash = new TextHash().text(kind);
        sorted.forEach(hash::text);
        return hash.hex();
    }

    /** As bytes: whoever stores them guards them against damage. */
    public byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(files.size());
            for (String file : files) {
                BinaryText.write(out, file);
            }
            out.writeInt(pages.size());
            for (Map.Entry<String, Page> entry : pages.entrySet()) {
                Page page = entry.getValue();
                BinaryText.write(out, entry.getKey());
                BinaryText.write(out, page.ids());
                BinaryText.write(out, page.text());
                out.writeInt(page.targets().size());
                for (String target : page.targets()) {
                    BinaryText.write(out, target);
                }
                out.writeInt(page.broken().size());
                for (Broken broken : page.broken()) {
                    out.writeInt(broken.link());
                    out.writeByte(broken.problem().ordinal());
                    BinaryText.write(out, broken.suggestion().orElse(null));
                    out.writeBoolean(broken.caseOnly());
                }
                out.writeInt(page.duplicates().size());
                for (HtmlId id : page.duplicates()) {
                    BinaryText.write(out, id.id());
                    out.writeInt(id.offset());
                    out.writeInt(id.line());
                    out.writeInt(id.column());
                    out.writeBoolean(id.named());
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
    }

    /** What {@link #encode} wrote; empty when the bytes do not hold together. */
    public static Optional<CheckFindings> decode(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            Set<String> files = new HashSet<>();
            for (int n = count(in); n > 0; n--) {
                if (!files.add(string(in))) {
                    return Optional.empty();
                }
            }
            int count = count(in);
            Map<String, Page> pages = new HashMap<>(count * 2);
            for (int p = 0; p < count; p++) {
                String path = string(in);
                String ids = string(in);
                String text = string(in);
                List<String> targets = new ArrayList<>();
                for (int n = count(in); n > 0; n--) {
                    targets.add(string(in));
                }
                List<Broken> broken = new ArrayList<>();
                for (int n = count(in); n > 0; n--) {
                    int link = in.getInt();
                    BrokenLink.Problem problem = BrokenLink.Problem.values()[in.get()];
                    Optional<String> suggestion = Optional.ofNullable(BinaryText.read(in));
                    broken.add(new Broken(link, problem, suggestion, in.get() != 0));
                }
                List<HtmlId> duplicates = new ArrayList<>();
                for (int n = count(in); n > 0; n--) {
                    duplicates.add(new HtmlId(string(in), in.getInt(), in.getInt(), in.getInt(), in.get() != 0));
                }
                if (path == null || ids == null || pages.put(path, new Page(ids, targets, broken, duplicates, text)) != null) {
                    return Optional.empty();
                }
            }
            return in.hasRemaining() ? Optional.empty() : Optional.of(new CheckFindings(files, pages));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String string(ByteBuffer in) {
        String s = BinaryText.read(in);
        if (s == null) {
            throw new IllegalStateException("a string missing");
        }
        return s;
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("a count beyond the end");
        }
        return n;
    }
}
