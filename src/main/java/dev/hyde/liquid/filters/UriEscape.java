package dev.hyde.liquid.filters;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * {@code uri_escape}: Addressable's {@code URI.normalize_component}. Existing escapes are decoded
 * first, so already-escaped input is not escaped twice; reserved URI characters stay as they are.
 */
public final class UriEscape extends Filter {

    private static final String KEPT = "-._~:/?#[]@!$&'()*+,;=";

    public UriEscape() {
        super("uri_escape");
    }

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (value == null) {
            return null;
        }
        byte[] bytes = normalized(unescape(RubyText.toS(value, context.getParser().defaultTimeZone)));
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            if (PercentEncoding.isAlphanumeric(b) || (b > 0 && KEPT.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                PercentEncoding.append(out, b);
            }
        }
        return out.toString();
    }

    private static byte[] unescape(String text) {
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(source.length);
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '%' && i + 2 < source.length && isHex(source[i + 1]) && isHex(source[i + 2])) {
                out.write(Character.digit(source[i + 1], 16) * 16 + Character.digit(source[i + 2], 16));
                i += 2;
            } else {
                out.write(source[i]);
            }
        }
        return out.toByteArray();
    }

    /** NFC-normalizes valid UTF-8; invalid byte sequences are escaped byte by byte as they are. */
    private static byte[] normalized(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return bytes;
        }
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
