package cn.villagestats.consolidation;

/**
 * Text as a staging or ledger column keeps it: clipped to the column's width on a whole
 * character, without NUL, which PostgreSQL refuses in text (a crafted shared string can
 * carry one). A value the database refused would fail the whole load, not one row.
 */
final class StoredText {

    private StoredText() {
    }

    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 3;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "...";
    }
}
