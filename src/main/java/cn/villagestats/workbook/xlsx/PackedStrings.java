package cn.villagestats.workbook.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Many strings in one byte array, with the end offset of each: a string whose characters all
 * fit in one byte (a 身份证号, a number, a date) takes one byte a character, any other two,
 * high byte first. Half the room of one {@code char} array for a ledger's numbers, and no
 * object per string.
 */
final class PackedStrings {

    private byte[] bytes = new byte[1024];
    private int[] ends = new int[64];
    /** The strings stored two bytes a character. */
    private final BitSet wide = new BitSet();
    private int size;
    private int length;

    /** Appends the first {@code count} characters of {@code text} as the next string. */
    void add(char[] text, int count) {
        boolean narrow = true;
        for (int i = 0; i < count && narrow; i++) {
            narrow = text[i] <= 0xFF;
        }
        int room = narrow ? count : count * 2;
        if (length + room > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + room, bytes.length * 2));
        }
        if (narrow) {
            for (int i = 0; i < count; i++) {
                bytes[length++] = (byte) text[i];
            }
        } else {
            wide.set(size);
            for (int i = 0; i < count; i++) {
                bytes[length++] = (byte) (text[i] >>> 8);
                bytes[length++] = (byte) text[i];
            }
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = length;
    }

    int size() {
        return size;
    }

    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("no string " + index + " of " + size);
        }
        int start = index == 0 ? 0 : ends[index - 1];
        if (!wide.get(index)) {
            return new String(bytes, start, ends[index] - start, StandardCharsets.ISO_8859_1);
        }
        // by hand, not as UTF-16: a lone surrogate (Excel writes one as an escape) must come back as it was
        char[] text = new char[(ends[index] - start) / 2];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) ((bytes[start + 2 * i] & 0xFF) << 8 | bytes[start + 2 * i + 1] & 0xFF);
        }
        return new String(text);
    }
}
