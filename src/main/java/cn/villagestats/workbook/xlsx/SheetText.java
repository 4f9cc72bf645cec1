package cn.villagestats.workbook.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of the element a sheet's tags have just opened, decoded from UTF-8 up to its end
 * tag: XML's five entities and character references, CDATA sections, comments skipped, line
 * ends normalized as XML's parsers do. An element inside, any other entity or a control
 * character is damage, as it is to every XML parser.
 */
final class SheetText {

    private final SheetTags tags;
    private final SheetBytes bytes;

    SheetText(SheetTags tags) {
        this.tags = tags;
        this.bytes = tags.bytes;
    }

    /** Reads the text into {@code out}, through the end tag, which closes the element. */
    void read(TextBuffer out) throws IOException {
        out.clear();
        while (true) {
            bytes.require(1);
            byte[] b = bytes.buf;
            int i = bytes.pos;
            int limit = bytes.limit;
            byte c = 0;
            while (i < limit && (c = b[i]) >= 0x20 && c != '<' && c != '&') {
                out.append((char) c);
                i++;
            }
            bytes.pos = i;
            if (i < limit && special(c, out)) {
                return;
            }
        }
    }

    /** Handles the byte at {@code pos} that is no plain ASCII text; true when it began the end tag. */
    private boolean special(byte c, TextBuffer out) throws IOException {
        if (c == '<') {
            return markup(out);
        } else if (c == '&') {
            entity(out);
        } else if (c == '\r') {
            // XML reads CR LF and a lone CR as LF
            out.append('\n');
            bytes.pos++;
            if (bytes.request(1) && bytes.buf[bytes.pos] == '\n') {
                bytes.pos++;
            }
        } else if (c == '\t' || c == '\n') {
            out.append((char) c);
            bytes.pos++;
        } else if (c < 0) {
            bytes.require(Utf8.length(c));
            bytes.pos += Utf8.decode(bytes.buf, bytes.pos, out);
        } else {
            throw new SheetXmlException("a control character (" + c + ") in the sheet's text");
        }
        return false;
    }

    private boolean markup(TextBuffer out) throws IOException {
        bytes.require(2);
        byte second = bytes.buf[bytes.pos + 1];
        if (second == '/') {
            tags.endTag(bytes.tagEnd());
            return true;
        } else if (second == '?') {
            bytes.pos = bytes.past(SheetTags.INSTRUCTION_END, 2);
        } else if (bytes.startsWith(SheetTags.CDATA)) {
            int end = bytes.past(SheetTags.CDATA_END, SheetTags.CDATA.length);
            for (int i = bytes.pos + SheetTags.CDATA.length; i < end - SheetTags.CDATA_END.length; ) {
                byte c = bytes.buf[i];
                if (c >= 0) {
                    out.append(c == '\r' ? '\n' : (char) c);
                    i += c == '\r' && bytes.buf[i + 1] == '\n' ? 2 : 1;
                } else {
                    i += Utf8.decode(bytes.buf, i, out);
                }
            }
            bytes.pos = end;
        } else if (second == '!') {
            tags.skipDeclaration();
        } else {
            throw new SheetXmlException("an element inside an element that holds text");
        }
        return false;
    }

    private void entity(TextBuffer out) throws IOException {
        int semicolon = bytes.find((byte) ';', 1);
        if (semicolon < 0 || semicolon - bytes.pos > 12) {
            throw new SheetXmlException("an '&' that starts no entity");
        }
        String name = new String(bytes.buf, bytes.pos + 1, semicolon - bytes.pos - 1, StandardCharsets.US_ASCII);
        switch (name) {
            case "amp" -> out.append('&');
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> out.appendCodePoint(characterReference(name));
        }
        bytes.pos = semicolon + 1;
    }

    private static int characterReference(String name) throws SheetXmlException {
        int codePoint;
        try {
            codePoint = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
        } catch (NumberFormatException e) {
            codePoint = -1;
        }
        if (codePoint < 0) {
            throw new SheetXmlException("an undeclared entity &" + name + ";");
        }
        if (!Utf8.isXmlCharacter(codePoint)) {
            throw new SheetXmlException("a character reference to what XML does not allow: &" + name + ";");
        }
        return codePoint;
    }
}
