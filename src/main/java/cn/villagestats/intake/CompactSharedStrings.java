package cn.villagestats.intake;

import java.io.InputStream;
import java.util.Arrays;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;


/**
 * A workbook's shared-strings table held as one character array and the end offset of
 * each string, instead of a string object (or POI's rich-text object) per entry: a ledger
 * of a million distinct 身份证号 costs about 40 MB instead of several hundred. Phonetic
 * guides ({@code <rPh>}) are left out and {@code _xHHHH_} escapes decoded, as POI does.
 */
final class CompactSharedStrings implements XlsxCellReader.SharedStringLookup {

    private char[] chars = new char[1024];
    private int[] ends = new int[64];
    private int size;
    private int length;

    private CompactSharedStrings() {
    }

    /** Reads {@code sharedStrings.xml}; the caller closes the stream. */
    static CompactSharedStrings read(InputStream in) throws XMLStreamException {
        CompactSharedStrings table = new CompactSharedStrings();
        XMLStreamReader xml = SheetXml.open(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("si")) {
                    table.readString(xml);
                }
            }
        } finally {
            xml.close();
        }
        return table;
    }

    /**
     * Appends one {@code <si>}'s text straight from the parser's buffer: a ledger has a million
     * strings, and a string object for each, then a builder, then its copy, cost twice the time.
     */
    private void readString(XMLStreamReader xml) throws XMLStreamException {
        int start = length;
        RichText.readUntilEnd(xml, "si", this::appendChars);
        if (indexOfEscape(start) >= 0) {
            String decoded = decodeEscapes(new String(chars, start, length - start));
            length = start;
            append(decoded);
        }
        endString();
    }

    private void appendChars(char[] text, int from, int count) {
        ensureRoom(count);
        System.arraycopy(text, from, chars, length, count);
        length += count;
    }

    private int indexOfEscape(int from) {
        for (int i = from; i + 1 < length; i++) {
            if (chars[i] == '_' && chars[i + 1] == 'x') {
                return i;
            }
        }
        return -1;
    }

    private void ensureRoom(int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + count, chars.length * 2));
        }
    }

    static CompactSharedStrings empty() {
        return new CompactSharedStrings();
    }

    private void append(String text) {
        ensureRoom(text.length());
        text.getChars(0, text.length(), chars, length);
        length += text.length();
    }

    private void endString() {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = length;
    }

    int size() {
        return size;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("no shared string " + index + " of " + size);
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(chars, start, ends[index] - start);
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_} (and a literal {@code _x} as {@code _x005F_x}). */
    static String decodeEscapes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
