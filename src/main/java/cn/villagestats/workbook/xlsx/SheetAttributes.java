package cn.villagestats.workbook.xlsx;

import java.nio.charset.StandardCharsets;

/**
 * The attributes of the start tag just read, where the sheet reader needs only three: a
 * row's or cell's reference {@code r}, a cell's style {@code s} and its type {@code t}.
 * Their values are found in the buffer and read from there, before the next tag moves it.
 */
final class SheetAttributes {

    private static final int ABSENT = -1;

    private final SheetBytes bytes;
    private int referenceStart = ABSENT;
    private int referenceEnd;
    private int styleStart = ABSENT;
    private int styleEnd;
    private int typeStart = ABSENT;
    private int typeEnd;

    SheetAttributes(SheetBytes bytes) {
        this.bytes = bytes;
    }

    /** Checks the attributes between {@code from} and {@code to} and notes where r, s and t lie. */
    void locate(int from, int to) throws SheetXmlException {
        referenceStart = ABSENT;
        styleStart = ABSENT;
        typeStart = ABSENT;
        byte[] b = bytes.buf;
        int i = skipSpace(b, from, to);
        while (i < to) {
            int nameStart = i;
            while (i < to && b[i] != '=' && !TextBuffer.isSpace(b[i])) {
                i++;
            }
            int nameEnd = i;
            i = skipSpace(b, i, to);
            if (nameEnd == nameStart || i == to || b[i] != '=') {
                throw new SheetXmlException("an attribute without a value");
            }
            i = skipSpace(b, i + 1, to);
            if (i == to || (b[i] != '"' && b[i] != '\'')) {
                throw new SheetXmlException("an attribute value without quotes");
            }
            byte quote = b[i++];
            int valueStart = i;
            while (i < to && b[i] != quote) {
                i++;
            }
            if (i == to) {
                throw new SheetXmlException("an attribute value without its closing quote");
            }
            if (nameEnd - nameStart == 1) {
                switch (b[nameStart]) {
                    case 'r' -> { referenceStart = valueStart; referenceEnd = i; }
                    case 's' -> { styleStart = valueStart; styleEnd = i; }
                    case 't' -> { typeStart = valueStart; typeEnd = i; }
                    default -> { }
                }
            }
            i++;
            if (i < to && !TextBuffer.isSpace(b[i])) {
                throw new SheetXmlException("attributes not separated by white space");
            }
            i = skipSpace(b, i, to);
        }
    }

    /** The row number {@code r} gives, or -1 when the row has none. */
    int rowNumber() {
        return referenceStart == ABSENT ? ABSENT : digits(referenceStart, referenceEnd, "row number");
    }

    /** The zero-based column of the cell reference {@code r} (such as {@code AB12}), or -1 when there is none. */
    int column() {
        if (referenceStart == ABSENT) {
            return ABSENT;
        }
        byte[] b = bytes.buf;
        int column = 0;
        for (int i = referenceStart; i < referenceEnd && column < Integer.MAX_VALUE / 26; i++) {
            int c = b[i] & ~0x20;
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        if (column == 0) {
            throw new IllegalArgumentException("bad cell reference " + text(referenceStart, referenceEnd));
        }
        return column - 1;
    }

    /** The style index {@code s}, or -1 when the cell has none. */
    int style() {
        return styleStart == ABSENT ? ABSENT : digits(styleStart, styleEnd, "style index");
    }

    /** The cell type {@code t}, or {@code null} when absent (a number); the common ones without a new string. */
    String type() {
        if (typeStart == ABSENT) {
            return null;
        }
        byte[] b = bytes.buf;
        int length = typeEnd - typeStart;
        if (length == 1) {
            switch (b[typeStart]) {
                case 's' -> { return "s"; }
                case 'n' -> { return "n"; }
                case 'b' -> { return "b"; }
                case 'e' -> { return "e"; }
                default -> { }
            }
        }
        return text(typeStart, typeEnd);
    }

    private int digits(int start, int end, String what) {
        byte[] b = bytes.buf;
        int from = skipSpace(b, start, end);
        int to = end;
        while (to > from && TextBuffer.isSpace(b[to - 1])) {
            to--;
        }
        if (from == to || to - from > 9) {
            throw new NumberFormatException("not a " + what + ": " + text(start, end));
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                throw new NumberFormatException("not a " + what + ": " + text(start, end));
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    private String text(int start, int end) {
        return new String(bytes.buf, start, end - start, StandardCharsets.UTF_8);
    }

    private static int skipSpace(byte[] b, int from, int to) {
        int i = from;
        while (i < to && TextBuffer.isSpace(b[i])) {
            i++;
        }
        return i;
    }
}
