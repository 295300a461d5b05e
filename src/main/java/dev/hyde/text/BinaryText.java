package dev.hyde.text;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Text in the build cache's binary files: its UTF-8 length as a four-byte number (-1 for no
 * text), then its bytes. Shared by the files that keep texts of any length.
 */
public final class BinaryText {
    private BinaryText() {
    }

    /** Writes {@code text}, which may be null. */
    public static void write(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * Reads what {@link #write} wrote, from a buffer that wraps an array.
     *
     * @return the text, or null where none was written
     * @throws IllegalStateException when the text would end beyond the buffer
     */
    public static String read(ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IllegalStateException("a text beyond the end");
        }
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
