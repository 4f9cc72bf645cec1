package cn.villagestats.workbook.xlsx;

/** Decoding of one UTF-8 sequence, strictly: overlong forms, surrogates and stray bytes are damage. */
final class Utf8 {

    private Utf8() {
    }

    /** The length of the sequence a lead byte starts (1 for a stray continuation byte, refused by {@link #decode}). */
    static int length(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }

    /** Appends the character whose sequence starts at {@code at} (all of it in {@code b}); returns its length. */
    static int decode(byte[] b, int at, TextBuffer out) throws SheetXmlException {
        int lead = b[at] & 0xFF;
        if (lead < 0x80) {
            out.append((char) lead);
            return 1;
        }
        int length = length(b[at]);
        int codePoint;
        int minimum;
        switch (length) {
            case 2 -> { codePoint = lead & 0x1F; minimum = 0x80; }
            case 3 -> { codePoint = lead & 0x0F; minimum = 0x800; }
            case 4 -> { codePoint = lead & 0x07; minimum = 0x10000; }
            default -> throw new SheetXmlException("invalid UTF-8 in the sheet");
        }
        for (int i = 1; i < length; i++) {
            int next = b[at + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw new SheetXmlException("invalid UTF-8 in the sheet");
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || !isXmlCharacter(codePoint)) {
            throw new SheetXmlException("invalid UTF-8 in the sheet");
        }
        out.appendCodePoint(codePoint);
        return length;
    }

    /** Whether XML 1.0 allows the character in a document. */
    static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
