package dev.hyde.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TextHashTest {

    /** The checksums of the texts' UTF-8 bytes, each followed by a zero byte, computed in one piece. */
    private static String expected(List<String> texts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String text : texts) {
            all.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            all.write(0);
        }
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(all.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(all.toByteArray());
        return String.format("%08x%08x", castagnoli.getValue(), crc.getValue());
    }

    private static String hash(List<String> texts) {
        TextHash hash = new TextHash();
        texts.forEach(hash::text);
        return hash.hex();
    }

    @Test
    void isBothChecksumsOfTheTextsUtf8BytesWhateverTheBufferHolds() {
        String long1 = "a".repeat(40_000);
        List<List<String>> cases = List.of(List.of(), List.of(""), List.of("plain"),
                List.of("typografische „Anführungszeichen“", "and more"), List.of(long1, "é" + long1, "x"),
                List.of("ab", "c"), List.of("a", "bc"), List.of("😀 outside the basic plane"));
        for (List<String> texts : cases) {
            assertEquals(expected(texts), hash(texts), texts.toString().substring(0, Math.min(60, texts.toString().length())));
        }
        assertNotEquals(hash(List.of("ab", "c")), hash(List.of("a", "bc")), "where one text ends counts");
    }

    @Test
    void aMarkIsOneByteOfItsOwn() {
        String marked = new TextHash().mark((byte) '[').text("x").mark((byte) ']').hex();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {'[', 'x', 0, ']'});
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        assertEquals(String.format("%08x%08x", castagnoli.getValue(), crc.getValue()), marked);
        assertNotEquals(marked, new TextHash().text("[x]").hex());
    }
}
