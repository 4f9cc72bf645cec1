package cn.villagestats.workbook.xlsx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import cn.villagestats.workbook.Spaces;

/**
 * Looks at the prolog of a package part (everything before its root element) for a DOCTYPE.
 * Excel never writes one; in {@code [Content_Types].xml}, a relationships part or the
 * workbook it is an attempt at external entities. Found here, before POI parses the part,
 * the workbook is refused with a reason naming the part, and no library logs an error for it.
 */
final class PackageProlog {

    /** Comments and instructions longer than this before the root element are no Office part's. */
    private static final int MAX_PROLOG_CHARS = 64 * 1024;

    private PackageProlog() {
    }

    /** Whether the prolog declares a document type; reads only up to the root element. */
    static boolean declaresDoctype(InputStream part) throws IOException {
        PushbackInputStream in = new PushbackInputStream(part, 2);
        Prolog prolog = new Prolog(new BufferedReader(new InputStreamReader(in, charsetOf(in))));
        while (true) {
            int c = prolog.nextNonSpace();
            if (c != '<') {
                return false; // not XML, or cut off: whoever parses it says so
            }
            c = prolog.next();
            if (c == '?') {
                prolog.skipPast("?>");
            } else if (c == '!') {
                String word = prolog.next(2);
                if (word.equals("--")) {
                    prolog.skipPast("-->");
                } else {
                    return (word + prolog.next(5)).equalsIgnoreCase("DOCTYPE");
                }
            } else {
                return false; // the root element: no DOCTYPE may follow it
            }
        }
    }

    /** The characters of a prolog, at most {@link #MAX_PROLOG_CHARS} of them; -1 after. */
    private static final class Prolog {

        private final Reader text;
        private int read;

        Prolog(Reader text) {
            this.text = text;
        }

        int next() throws IOException {
            return ++read > MAX_PROLOG_CHARS ? -1 : text.read();
        }

        String next(int count) throws IOException {
            StringBuilder word = new StringBuilder(count);
            int c;
            while (word.length() < count && (c = next()) >= 0) {
                word.append((char) c);
            }
            return word.toString();
        }

        int nextNonSpace() throws IOException {
            int c;
            do {
                c = next();
            } while (c >= 0 && Spaces.isSpace(c));
            return c;
        }

        void skipPast(String end) throws IOException {
            int matched = 0;
            int c;
            while (matched < end.length() && (c = next()) >= 0) {
                matched = c == end.charAt(matched) ? matched + 1 : (c == end.charAt(0) ? 1 : 0);
            }
        }
    }

    /** UTF-16 when the part starts with its byte-order mark or a zero byte, else UTF-8. */
    private static Charset charsetOf(PushbackInputStream in) throws IOException {
        byte[] head = new byte[2];
        int n = in.readNBytes(head, 0, 2);
        in.unread(head, 0, n);
        if (n == 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == 0 && head[1] == '<'))) {
            return StandardCharsets.UTF_16BE;
        }
        if (n == 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == '<' && head[1] == 0))) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }
}
