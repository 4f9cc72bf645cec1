package cn.villagestats.workbook.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A sheet's XML as a sequence of tags, read straight from its bytes: names are matched as
 * bytes, attributes are located rather than copied, and end tags are checked against the
 * elements they close. Comments and instructions are skipped; a DTD is refused, as in
 * every other part the reader opens.
 */
final class SheetTags {

    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;
    static final int EMPTY = 3;

    static final byte[] COMMENT = ascii("<!--");
    static final byte[] COMMENT_END = ascii("-->");
    static final byte[] CDATA = ascii("<![CDATA[");
    static final byte[] CDATA_END = ascii("]]>");
    static final byte[] INSTRUCTION_END = ascii("?>");

    final SheetBytes bytes;
    final SheetAttributes attributes;
    private int element;
    private byte[] names = new byte[128];
    private int namesLength;
    private int[] nameStarts = new int[16];
    private int depth;
    private boolean rootSeen;

    SheetTags(SheetBytes bytes) {
        this.bytes = bytes;
        this.attributes = new SheetAttributes(bytes);
    }

    /** The next tag, text before it skipped: {@link #START}, {@link #END}, {@link #EMPTY} or {@link #EOF}. */
    int next() throws IOException {
        while (bytes.skipTo((byte) '<')) {
            bytes.require(2);
            byte second = bytes.buf[bytes.pos + 1];
            if (second == '?') {
                bytes.pos = bytes.past(INSTRUCTION_END, 2);
            } else if (second == '!') {
                skipDeclaration();
            } else {
                int end = bytes.tagEnd();
                return second == '/' ? endTag(end) : startTag(end);
            }
        }
        if (depth > 0 || !rootSeen) {
            throw new SheetXmlException("the sheet ends before its XML does");
        }
        return EOF;
    }

    /** Which element the last tag opened or closed: one of {@link SheetElements}' constants. */
    int element() {
        return element;
    }

    /** Skips a comment or a CDATA section between tags; a DTD is refused. */
    void skipDeclaration() throws IOException {
        if (bytes.startsWith(COMMENT)) {
            bytes.pos = bytes.past(COMMENT_END, COMMENT.length);
        } else if (bytes.startsWith(CDATA)) {
            bytes.pos = bytes.past(CDATA_END, CDATA.length);
        } else {
            // Excel never writes a DTD; one in a sheet is an attempt at external entities
            throw new SheetXmlException("a DOCTYPE (DTD) declaration in the sheet");
        }
    }

    /** Reads the end tag ending at {@code end}, which must close the innermost open element. */
    int endTag(int end) throws SheetXmlException {
        byte[] b = bytes.buf;
        int nameStart = bytes.pos + 2;
        int nameEnd = nameStart;
        while (nameEnd < end && !TextBuffer.isSpace(b[nameEnd])) {
            nameEnd++;
        }
        if (depth == 0) {
            throw new SheetXmlException("an end tag without its start tag");
        }
        int openStart = nameStarts[--depth];
        if (!Arrays.equals(b, nameStart, nameEnd, names, openStart, namesLength)) {
            throw new SheetXmlException("the end tag </" + new String(b, nameStart, nameEnd - nameStart,
                    StandardCharsets.UTF_8) + "> does not close the element open there");
        }
        namesLength = openStart;
        element = SheetElements.of(b, nameStart, nameEnd);
        bytes.pos = end + 1;
        return END;
    }

    private int startTag(int end) throws SheetXmlException {
        byte[] b = bytes.buf;
        boolean empty = b[end - 1] == '/';
        int nameStart = bytes.pos + 1;
        int nameEnd = nameStart;
        int tagEnd = empty ? end - 1 : end;
        while (nameEnd < tagEnd && !TextBuffer.isSpace(b[nameEnd])) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            throw new SheetXmlException("a tag without a name");
        }
        element = SheetElements.of(b, nameStart, nameEnd);
        attributes.locate(nameEnd, tagEnd);
        if (!empty) {
            push(b, nameStart, nameEnd);
        }
        rootSeen = true;
        bytes.pos = end + 1;
        return empty ? EMPTY : START;
    }

    private void push(byte[] b, int start, int end) {
        int length = end - start;
        if (namesLength + length > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + length));
        }
        if (depth == nameStarts.length) {
            nameStarts = Arrays.copyOf(nameStarts, depth * 2);
        }
        System.arraycopy(b, start, names, namesLength, length);
        nameStarts[depth++] = namesLength;
        namesLength += length;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
