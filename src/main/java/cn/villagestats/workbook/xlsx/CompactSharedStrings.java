package cn.villagestats.workbook.xlsx;

import java.io.InputStream;
import java.util.Arrays;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;


/**
 * A workbook's shared-strings table, read into {@link PackedStrings} instead of a string object
 * (or POI's rich-text object) per entry: the ledger of a million distinct 身份证号 keeps 38 MB
 * (71 MB as one {@code char} array before; several hundred as objects). Phonetic guides
 * ({@code <rPh>}) are left out and {@code _xHHHH_} escapes decoded, as POI does.
 */
final class CompactSharedStrings implements XlsxCellReader.SharedStringLookup {

    private final PackedStrings strings = new PackedStrings();
    /** The string being read, until its end. */
    private char[] pending = new char[64];
    private int pendingLength;

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
     * Collects one {@code <si>}'s text straight from the parser's buffer: a ledger has a million
     * strings, and a string object for each, then a builder, then its copy, cost twice the time.
     */
    private void readString(XMLStreamReader xml) throws XMLStreamException {
        pendingLength = 0;
        RichText.readUntilEnd(xml, "si", this::appendChars);
        if (hasEscape()) {
            String decoded = decodeEscapes(new String(pending, 0, pendingLength));
            pendingLength = 0;
            appendChars(decoded.toCharArray(), 0, decoded.length());
        }
        strings.add(pending, pendingLength);
    }

    private void appendChars(char[] text, int from, int count) {
        if (pendingLength + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pendingLength + count, pending.length * 2));
        }
        System.arraycopy(text, from, pending, pendingLength, count);
        pendingLength += count;
    }

    private boolean hasEscape() {
        for (int i = 0; i + 1 < pendingLength; i++) {
            if (pending[i] == '_' && pending[i + 1] == 'x') {
                return true;
            }
        }
        return false;
    }

    static CompactSharedStrings empty() {
        return new CompactSharedStrings();
    }

    int size() {
        return strings.size();
    }

    @Override
    public String get(int index) {
        return strings.get(index);
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
