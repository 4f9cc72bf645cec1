package cn.villagestats.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of a sheet's XML, read through a buffer of our own: the place where the scanner
 * waits for more input, and where it finds the end of a tag, a comment or a text run. A
 * token is never cut by the buffer's end: the buffer is compacted or grown first, up to
 * {@link #MAX_TOKEN} bytes, since no cell of Excel's comes near that.
 */
final class SheetBytes {

    static final int MAX_TOKEN = 4 << 20;

    private final InputStream in;
    // open to the scanner's other classes, which read the bytes in place: no call per byte
    byte[] buf;
    int pos;
    int limit;
    private boolean eof;

    SheetBytes(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /** Whether at least {@code count} bytes are there from {@link #pos}, reading more when needed. */
    boolean request(int count) throws IOException {
        while (limit - pos < count) {
            if (eof) {
                return false;
            }
            fill();
        }
        return true;
    }

    /** Like {@link #request}, but running out of input is damage. */
    void require(int count) throws IOException {
        if (!request(count)) {
            throw new SheetXmlException("the sheet ends in the middle of a tag or text");
        }
    }

    /** Moves {@link #pos} to the next {@code target}, dropping the bytes before it; false at the end. */
    boolean skipTo(byte target) throws IOException {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == target) {
                    pos = i;
                    return true;
                }
            }
            pos = limit;
            if (eof) {
                return false;
            }
            fill();
        }
    }

    /** Index of the next {@code target} at or after {@code pos + from}, reading more as needed; -1 at the end. */
    int find(byte target, int from) throws IOException {
        int offset = from;
        while (true) {
            for (int i = pos + offset; i < limit; i++) {
                if (buf[i] == target) {
                    return i;
                }
            }
            offset = limit - pos;
            if (eof) {
                return -1;
            }
            fill();
        }
    }

    /** Index of the {@code >} that ends the tag starting at {@code pos}; a {@code >} inside quotes does not. */
    int tagEnd() throws IOException {
        int offset = 1;
        byte quote = 0;
        while (true) {
            for (int i = pos + offset; i < limit; i++) {
                byte b = buf[i];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '>') {
                    return i;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '<') {
                    throw new SheetXmlException("a tag holds '<'");
                }
            }
            offset = limit - pos;
            if (eof) {
                throw new SheetXmlException("the sheet ends inside a tag");
            }
            fill();
        }
    }

    /** Index just past the next {@code end} (such as {@code -->}), from {@code pos + from}. */
    int past(byte[] end, int from) throws IOException {
        int offset = from;
        while (true) {
            int i = find(end[0], offset);
            if (i < 0) {
                throw new SheetXmlException("the sheet ends inside a comment, CDATA section or instruction");
            }
            int at = i - pos;
            require(at + end.length);
            if (Arrays.equals(buf, pos + at, pos + at + end.length, end, 0, end.length)) {
                return pos + at + end.length;
            }
            offset = at + 1;
        }
    }

    /** Whether the bytes at {@code pos} start with {@code prefix}. */
    boolean startsWith(byte[] prefix) throws IOException {
        return request(prefix.length) && Arrays.equals(buf, pos, pos + prefix.length, prefix, 0, prefix.length);
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_TOKEN) {
                throw new SheetXmlException("a tag or text in the sheet is longer than " + MAX_TOKEN + " bytes");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }
}
