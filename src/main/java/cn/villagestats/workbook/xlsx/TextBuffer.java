package cn.villagestats.workbook.xlsx;

import java.util.Arrays;

/**
 * The decoded text of one element, kept in a reused array so that a cell's value becomes a
 * string only when it is text: a shared string's index and a plain number are read from
 * the characters themselves.
 */
final class TextBuffer {

    /** Powers of ten a double holds exactly, for numbers of at most 15 digits. */
    private static final double[] TENS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    private char[] chars = new char[64];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    void appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            append((char) codePoint);
        } else {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        }
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** The text as a shared string's index: digits, with XML white space around them allowed. */
    int asIndex() {
        int start = skipSpace(0);
        int end = length;
        while (end > start && isSpace(chars[end - 1])) {
            end--;
        }
        if (start == end || end - start > 9) {
            throw new NumberFormatException("not a shared-string index: \"" + this + "\"");
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a shared-string index: \"" + this + "\"");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The text as a plain decimal ({@code -12}, {@code 3.25}) of at most 15 digits, or NaN
     * for anything else, which the caller parses in full. Such a number and its power of ten
     * are exact doubles, so their quotient is what {@link Double#parseDouble} gives.
     */
    double plainDecimal() {
        int i = 0;
        boolean negative = length > 0 && chars[0] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int scale = -1;
        for (; i < length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > 15 || scale == 0) {
            return Double.NaN;
        }
        double value = scale > 0 ? digits / TENS[scale] : digits;
        return negative ? -value : value;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < length && isSpace(chars[i])) {
            i++;
        }
        return i;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
