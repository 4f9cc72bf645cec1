package cn.villagestats.workbook;

/**
 * The one definition of white space for everything a clerk typed: sheet names, headers,
 * cover labels and cell values. Besides ASCII and full-width spaces it counts every Unicode
 * space (the no-break space U+00A0 that WPS and web pages leave, U+2000 to U+200A, U+202F,
 * U+3000) and the invisible zero-width characters (U+200B to U+200D, U+2060, the byte-order
 * mark U+FEFF), which Java's {@link String#strip()} keeps.
 */
public final class Spaces {

    private Spaces() {
    }

    /** Whether a code point is a space or an invisible zero-width character. */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || (codePoint >= 0x200B && codePoint <= 0x200D) || codePoint == 0x2060 || codePoint == 0xFEFF;
    }

    /** The text without the spaces and zero-width characters at either end. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** Whether the text holds nothing but spaces and zero-width characters (or nothing). */
    public static boolean isBlank(String text) {
        return strip(text).isEmpty();
    }

    /** The text with every space and zero-width character removed, inner ones too. */
    public static String removeAll(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
