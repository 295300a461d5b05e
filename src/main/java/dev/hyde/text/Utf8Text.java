package dev.hyde.text;

import dev.hyde.diag.Diagnostic;
import dev.hyde.diag.DiagnosticException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads source files strictly as UTF-8. A silently replaced byte would change a page without
 * anyone noticing, so a file that is not UTF-8 is an error naming the first bad byte's offset. A
 * leading byte-order mark is dropped and CRLF line ends read as LF.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** Reads {@code file}; {@code shownAs} is the project-relative name used in diagnostics. */
    public static String read(Path file, String shownAs) {
        return decode(readBytes(file, shownAs), shownAs);
    }

    /** The bytes of {@code file}; a file that is gone or unreadable is a diagnostic. */
    public static byte[] readBytes(Path file, String shownAs) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw Diagnostic.error("File vanished while the site was being built").at(shownAs)
                    .hint("Run the build again once the file is saved.").exception();
        } catch (IOException e) {
            throw Diagnostic.error("File cannot be read").at(shownAs)
                    .detail(String.valueOf(e.getMessage()))
                    .hint("Check that the file is readable by the user running the build.").exception();
        }
    }

    public static String decode(byte[] bytes, String shownAs) {
        int start = hasBom(bytes) ? 3 : 0;
        // The string constructor's decoding is the fast one (ASCII is copied as it is); it puts
        // U+FFFD for every malformed sequence, so text without one was valid UTF-8. Text with
        // one (a bad byte, or a U+FFFD written in the file) is decoded strictly to tell which.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return withLf(fast);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(shownAs, bytes, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw notUtf8(shownAs, bytes, in.position());
        }
        return withLf(out.flip().toString());
    }

    /**
     * Windows editors write CRLF: every source reads as LF, so a site builds the same bytes
     * whoever saved its files (layouts and includes are copied into pages as they are).
     */
    private static String withLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static RuntimeException notUtf8(String file, byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String value = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "end of file";
        return Diagnostic.error("File is not valid UTF-8").at(file, line)
                .detail("Invalid byte %s at byte offset %d.", value, offset)
                .hint("Save the file as UTF-8 (most editors offer it under 'Save with encoding').")
                .exception();
    }

}
