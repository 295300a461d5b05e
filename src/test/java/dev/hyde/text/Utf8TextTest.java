package dev.hyde.text;

import dev.hyde.diag.DiagnosticException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Utf8TextTest {

    private static String decode(byte[] bytes) {
        return Utf8Text.decode(bytes, "content/page.md");
    }

    @Test
    void textIsReadAsWrittenWithLfLineEndsAndNoByteOrderMark() {
        assertEquals("a \u00e9 \u201cq\u201d \ud83d\ude00\nb\n", decode("a \u00e9 \u201cq\u201d \ud83d\ude00\r\nb\r\n"
                .getBytes(StandardCharsets.UTF_8)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
        assertEquals("x", decode(bom));
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        assertEquals("bad \ufffd char", decode("bad \ufffd char".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBadByteIsAnErrorAtItsLineAndOffset() {
        byte[] bytes = "one\ntwo \ufffd\nthree \u00e9".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xC3;
        bytes[bytes.length - 1] = (byte) 0x28; // C3 needs a continuation byte
        DiagnosticException e = assertThrows(DiagnosticException.class, () -> decode(bytes));
        assertEquals("File is not valid UTF-8", e.diagnostic().title());
        assertEquals(3, e.diagnostic().line());
        assertEquals("content/page.md", e.diagnostic().file());
    }

    @Test
    void anEncodedSurrogateOrOverlongFormIsAnError() {
        for (byte[] bad : new byte[][] {{'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {'x', (byte) 0xE2, (byte) 0x82}}) {
            assertThrows(DiagnosticException.class, () -> decode(bad));
        }
    }

    @Test
    void randomBytesAreReadExactlyWhenValidAndRefusedOtherwise() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(3) : 0x80 + random.nextInt(0x80));
            }
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = null;
            }
            if (strict == null || (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF)) {
                if (strict == null) {
                    assertThrows(DiagnosticException.class, () -> decode(bytes));
                }
            } else {
                assertEquals(strict.replace("\r\n", "\n"), decode(bytes));
            }
        }
    }
}
