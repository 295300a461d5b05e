package dev.hyde.liquid.filters;

import java.util.HashMap;
import java.util.Map;

/**
 * The ASCII approximations Jekyll's {@code latin} slug mode uses (those of Ruby I18n's
 * {@code transliterate}): accented Latin letters lose their accents, any other non-ASCII
 * character becomes {@code ?}.
 */
final class LatinTransliterator {

    private static final String REPLACEMENT = "?";
    private static final Map<Integer, String> APPROXIMATIONS = new HashMap<>();

    static {
        String letters = ""
                + "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB"
                + "\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7"
                + "\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF\u1E9E\u00E0\u00E1\u00E2"
                + "\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE"
                + "\u00EF\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F8\u00F9\u00FA\u00FB"
                + "\u00FC\u00FD\u00FE\u00FF\u0100\u0101\u0102\u0103\u0104\u0105\u0106\u0107"
                + "\u0108\u0109\u010A\u010B\u010C\u010D\u010E\u010F\u0110\u0111\u0112\u0113"
                + "\u0114\u0115\u0116\u0117\u0118\u0119\u011A\u011B\u011C\u011D\u011E\u011F"
                + "\u0120\u0121\u0122\u0123\u0124\u0125\u0126\u0127\u0128\u0129\u012A\u012B"
                + "\u012C\u012D\u012E\u012F\u0130\u0131\u0132\u0133\u0134\u0135\u0136\u0137"
                + "\u0138\u0139\u013A\u013B\u013C\u013D\u013E\u013F\u0140\u0141\u0142\u0143"
                + "\u0144\u0145\u0146\u0147\u0148\u0149\u014A\u014B\u014C\u014D\u014E\u014F"
                + "\u0150\u0151\u0152\u0153\u0154\u0155\u0156\u0157\u0158\u0159\u015A\u015B"
                + "\u015C\u015D\u015E\u015F\u0160\u0161\u0162\u0163\u0164\u0165\u0166\u0167"
                + "\u0168\u0169\u016A\u016B\u016C\u016D\u016E\u016F\u0170\u0171\u0172\u0173"
                + "\u0174\u0175\u0176\u0177\u0178\u0179\u017A\u017B\u017C\u017D\u017E\u01EA"
                + "\u01EB\u01EC\u01ED";
        String[] ascii = {
            "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E",
            "I", "I", "I", "I", "D", "N", "O", "O", "O", "O", "O", "x",
            "O", "U", "U", "U", "U", "Y", "Th", "ss", "SS", "a", "a", "a",
            "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",
            "i", "d", "n", "o", "o", "o", "o", "o", "o", "u", "u", "u",
            "u", "y", "th", "y", "A", "a", "A", "a", "A", "a", "C", "c",
            "C", "c", "C", "c", "C", "c", "D", "d", "D", "d", "E", "e",
            "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
            "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i",
            "I", "i", "I", "i", "I", "i", "IJ", "ij", "J", "j", "K", "k",
            "k", "L", "l", "L", "l", "L", "l", "L", "l", "L", "l", "N",
            "n", "N", "n", "N", "n", "'n", "NG", "ng", "O", "o", "O", "o",
            "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s",
            "S", "s", "S", "s", "S", "s", "T", "t", "T", "t", "T", "t",
            "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u",
            "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "O",
            "o", "O", "o",
        };
        for (int i = 0; i < ascii.length; i++) {
            APPROXIMATIONS.put((int) letters.charAt(i), ascii[i]);
        }
    }

    private LatinTransliterator() {
    }

    static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                out.append(APPROXIMATIONS.getOrDefault(cp, REPLACEMENT));
            }
        });
        return out.toString();
    }
}
