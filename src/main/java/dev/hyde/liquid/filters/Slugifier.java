package dev.hyde.liquid.filters;

import java.util.regex.Pattern;

/**
 * Jekyll's {@code Utils.slugify}: turns a title or file name into a URL slug. Modes are
 * {@code none}, {@code raw}, {@code default}, {@code pretty}, {@code ascii} and {@code latin};
 * an unknown mode behaves like {@code none}.
 */
public final class Slugifier {

    private static final Pattern RAW = Pattern.compile("\\s+");
    private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    /** These characters read well in URLs and are allowed by common file systems. */
    private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern ASCII = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern EDGE_HYPHEN = Pattern.compile("^-|-$", Pattern.MULTILINE | Pattern.UNIX_LINES);

    private Slugifier() {
    }

    /** Slugifies in {@code default} mode, lower-cased. */
    public static String slugify(String text) {
        return slugify(text, null, false);
    }

    /**
     * @param mode  the slug mode, {@code null} for {@code default}
     * @param cased whether to keep upper-case letters
     * @return the slug, or {@code null} when {@code text} is {@code null}
     */
    public static String slugify(String text, String mode, boolean cased) {
        if (text == null) {
            return null;
        }
        String effective = mode == null ? "default" : mode;
        Pattern separator = separator(effective);
        if (separator == null) {
            return cased ? text : RubyText.downcase(text);
        }
        String source = effective.equals("latin") ? LatinTransliterator.transliterate(text) : text;
        String slug = separator.matcher(source).replaceAll("-");
        slug = EDGE_HYPHEN.matcher(slug).replaceAll("");
        return cased ? slug : RubyText.downcase(slug);
    }

    private static Pattern separator(String mode) {
        switch (mode) {
            case "raw":
                return RAW;
            case "default":
            case "latin":
                return DEFAULT;
            case "pretty":
                return PRETTY;
            case "ascii":
                return ASCII;
            default:
                return null;
        }
    }
}
