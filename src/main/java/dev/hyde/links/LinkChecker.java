package dev.hyde.links;

import dev.hyde.html.HtmlId;
import dev.hyde.html.HtmlLink;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the links of pages against the files of the whole site: that each internal link's file
 * exists and, for a link with a fragment into an HTML page, that the page has that id.
 */
public final class LinkChecker {
    private final SiteFiles files;
    private final SiteAddress address;
    private final LinkResolver resolver;
    private final Predicate<String> existsOutside;
    private final Suggestions suggestions;

    /**
     * @param existsOutside whether an absolute path outside the base URL is served anyway (the
     *                      other versions of versioned docs, beside this one)
     */
    public LinkChecker(SiteFiles files, SiteAddress address, Predicate<String> existsOutside) {
        this.files = files;
        this.address = address;
        this.resolver = new LinkResolver(address);
        this.existsOutside = existsOutside;
        this.suggestions = new Suggestions(files.all());
    }

    public LinkChecker(SiteFiles files, SiteAddress address) {
        this(files, address, path -> false);
    }

    /** The broken links of one page, in document order. */
    public List<BrokenLink> check(PageLinks page) {
        return check(page, file -> { });
    }

    /**
     * As {@link #check(PageLinks)}, telling {@code fragmentTargets} each file whose ids a link's
     * fragment was checked against: with the site's files as they are, only those files' ids can
     * change what the check of this page finds.
     */
    public List<BrokenLink> check(PageLinks page, java.util.function.Consumer<String> fragmentTargets) {
        List<BrokenLink> broken = new ArrayList<>();
        for (HtmlLink link : page.links()) {
            if (link.element().equals("form")) {
                continue; // a form posts to a server, which a static site does not hold
            }
            LinkTarget target = resolver.resolve(page.location(), page.base(), link.value());
            if (target instanceof LinkTarget.Internal internal) {
                checkInternal(page, link, internal, fragmentTargets).ifPresent(broken::add);
            } else if (target instanceof LinkTarget.OutsideSite outside && !existsOutside.test(outside.path())) {
                broken.add(new BrokenLink(page, link, BrokenLink.Problem.OUTSIDE_SITE,
                        Optional.of(address.baseurl() + outside.path()), false));
            }
        }
        return broken;
    }

    /** The distinct web addresses the page links to, fragments removed, for the external check. */
    public List<URI> externalLinks(PageLinks page) {
        Set<URI> found = new java.util.LinkedHashSet<>();
        for (HtmlLink link : page.links()) {
            if (link.element().equals("form")) {
                continue; // a form posts to a server; requesting it would submit nothing useful
            }
            if (resolver.resolve(page.location(), page.base(), link.value()) instanceof LinkTarget.External external) {
                found.add(withoutFragment(external.uri()));
            }
        }
        return List.copyOf(found);
    }

    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private Optional<BrokenLink> checkInternal(PageLinks page, HtmlLink link, LinkTarget.Internal target,
                                               java.util.function.Consumer<String> fragmentTargets) {
        Optional<String> file = files.find(target.path());
        if (file.isEmpty()) {
            Optional<String> sameCase = suggestions.sameIgnoringCase(target.path());
            Optional<String> near = sameCase.or(() -> suggestions.nearestPath(target.path()));
            return Optional.of(new BrokenLink(page, link, BrokenLink.Problem.TARGET_NOT_FOUND,
                    near.map(path -> address.baseurl() + "/" + path
                            + (target.fragment() == null ? "" : "#" + target.rawFragment())),
                    sameCase.isPresent()));
        }
        String fragment = target.fragment();
        if (fragment == null || fragment.isEmpty() || fragment.toLowerCase(Locale.ROOT).equals("top")) {
            return Optional.empty();
        }
        fragmentTargets.accept(file.get());
        if (!files.hasOwnIds(file.get())) {
            return Optional.empty();
        }
        Set<String> ids = files.idsOf(file.get());
        if (ids.contains(fragment) || ids.contains(target.rawFragment())) {
            return Optional.empty();
        }
        return Optional.of(new BrokenLink(page, link, BrokenLink.Problem.ANCHOR_NOT_FOUND,
                Suggestions.nearestId(fragment, ids)
                        .map(id -> link.value().substring(0, link.value().indexOf('#') + 1) + id), false));
    }

    /** The second and later uses of each id on one page: links to it reach only the first. */
    public static List<HtmlId> duplicateIds(List<HtmlId> ids) {
        Set<String> seen = new HashSet<>();
        List<HtmlId> duplicates = new ArrayList<>();
        for (HtmlId id : ids) {
            if (!id.named() && !seen.add(id.id())) {
                duplicates.add(id);
            }
        }
        return duplicates;
    }
}
