package cn.villagestats.workbook.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sheets the byte scanner reads: those in UTF-8, which is what Excel, WPS and POI write.
 * A sheet that declares another encoding, or starts with a UTF-16 or UTF-32 byte order mark,
 * goes to a general XML parser instead.
 */
final class SheetEncoding {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private SheetEncoding() {
    }

    /**
     * {@code null} when the XML in {@code bytes} is UTF-8 (a UTF-8 byte order mark is skipped);
     * else the whole XML again, the bytes read so far followed by the rest of {@code in}.
     */
    static InputStream otherThanUtf8(SheetBytes bytes, InputStream in) throws IOException {
        bytes.request(4);
        if (bytes.startsWith(BOM)) {
            bytes.pos += BOM.length;
            return null;
        }
        if (bytes.limit - bytes.pos >= 2 && bytes.buf[bytes.pos] != '<' && !TextBuffer.isSpace(bytes.buf[bytes.pos])) {
            return everything(bytes, in);
        }
        if (bytes.limit - bytes.pos >= 2 && bytes.buf[bytes.pos] == '<' && bytes.buf[bytes.pos + 1] == 0) {
            return everything(bytes, in);
        }
        if (bytes.startsWith(DECLARATION)) {
            int end = bytes.find((byte) '>', 0);
            String declaration = new String(bytes.buf, bytes.pos, Math.max(0, end - bytes.pos + 1),
                    StandardCharsets.ISO_8859_1);
            Matcher encoding = ENCODING.matcher(declaration);
            if (encoding.find() && !isUtf8(encoding.group(1))) {
                return everything(bytes, in);
            }
        }
        return null;
    }

    private static boolean isUtf8(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("utf-8") || lower.equals("utf8");
    }

    private static InputStream everything(SheetBytes bytes, InputStream in) {
        byte[] read = Arrays.copyOfRange(bytes.buf, bytes.pos, bytes.limit);
        return new SequenceInputStream(new ByteArrayInputStream(read), in);
    }
}
